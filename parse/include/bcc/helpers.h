/* bcc/helpers.h: what BCC pre-includes before every program. bccc's own
 * version: the basic types, the UAPI bpf.h definitions, struct pt_regs,
 * every helper, and the BCC macros (maps, probes, printk). */
#ifndef __BCCC_HELPERS_H
#define __BCCC_HELPERS_H

/* bcc/bpf_uapi.h and bcc/helper_defs.h come before this file, sliced to
 * what the program uses (parse/slice.go). */
#include <bcc/types.h>
#include <bcc/pt_regs.h>
#include <bcc/byteorder.h>

#ifndef __always_inline
#define __always_inline inline __attribute__((always_inline))
#endif
#ifndef __noinline
#define __noinline __attribute__((noinline))
#endif
#ifndef __inline
#define __inline inline
#endif
#define BPF_MAX_STACK_DEPTH 127

/* Map numbers (enum bpf_map_type) used by the map macros below. */
#define __BCCC_MAP_hash 1
#define __BCCC_MAP_array 2
#define __BCCC_MAP_prog 3
#define __BCCC_MAP_perf_output 4
#define __BCCC_MAP_perf_array 4
#define __BCCC_MAP_percpu_hash 5
#define __BCCC_MAP_percpu_array 6
#define __BCCC_MAP_stacktrace 7
#define __BCCC_MAP_cgroup_array 8
#define __BCCC_MAP_lru_hash 9
#define __BCCC_MAP_lru_percpu_hash 10
#define __BCCC_MAP_lpm_trie 11
#define __BCCC_MAP_array_of_maps 12
#define __BCCC_MAP_hash_of_maps 13
#define __BCCC_MAP_devmap 14
#define __BCCC_MAP_sockmap 15
#define __BCCC_MAP_cpumap 16
#define __BCCC_MAP_xskmap 17
#define __BCCC_MAP_sockhash 18
#define __BCCC_MAP_cgroup_storage 19
#define __BCCC_MAP_queue 22
#define __BCCC_MAP_stack 23
#define __BCCC_MAP_sk_storage 24
#define __BCCC_MAP_ringbuf 27
#define __BCCC_MAP_inode_storage 28
#define __BCCC_MAP_task_storage 29
/* Not a kernel map type: an array when the key is int, else a hash. */
#define __BCCC_MAP_histogram 1000

/* A map is a global variable of a struct type that names the key and leaf
 * types and, as function-pointer members, exactly the methods BCC allows.
 * The rewrite pass recognises the variable by its __bccc_map member, whose
 * pointee array length is the map type; max_entries and flags are array
 * lengths too, so they are constant expressions folded by the front end. */
#define BPF_F_TABLE(_table_type, _key_type, _leaf_type, _name, _max_entries, _flags) \
struct _name##_table_t { \
	_key_type key; \
	_leaf_type leaf; \
	_leaf_type *(*lookup)(_key_type *); \
	_leaf_type *(*lookup_or_init)(_key_type *, _leaf_type *); \
	_leaf_type *(*lookup_or_try_init)(_key_type *, _leaf_type *); \
	int (*update)(_key_type *, _leaf_type *); \
	int (*insert)(_key_type *, _leaf_type *); \
	int (*delete)(_key_type *); \
	void (*call)(void *, int index); \
	void (*increment)(_key_type, ...); \
	void (*atomic_increment)(_key_type, ...); \
	char (*__bccc_map)[__BCCC_MAP_##_table_type]; \
	char (*__bccc_max_entries)[(_max_entries) + 1]; \
	char (*__bccc_flags)[(_flags) + 1]; \
}; \
struct _name##_table_t _name

#define BPF_TABLE(_table_type, _key_type, _leaf_type, _name, _max_entries) \
	BPF_F_TABLE(_table_type, _key_type, _leaf_type, _name, _max_entries, 0)

#define __BCCC_ARGN(_1, _2, _3, _4, _5, N, ...) N

#define BPF_HASH1(_name) BPF_TABLE(hash, u64, u64, _name, 10240)
#define BPF_HASH2(_name, _key_type) BPF_TABLE(hash, _key_type, u64, _name, 10240)
#define BPF_HASH3(_name, _key_type, _leaf_type) BPF_TABLE(hash, _key_type, _leaf_type, _name, 10240)
#define BPF_HASH4(_name, _key_type, _leaf_type, _size) BPF_TABLE(hash, _key_type, _leaf_type, _name, _size)
#define BPF_HASH(...) __BCCC_ARGN(__VA_ARGS__, BPF_HASH5, BPF_HASH4, BPF_HASH3, BPF_HASH2, BPF_HASH1)(__VA_ARGS__)

#define BPF_ARRAY1(_name) BPF_TABLE(array, int, u64, _name, 10240)
#define BPF_ARRAY2(_name, _leaf_type) BPF_TABLE(array, int, _leaf_type, _name, 10240)
#define BPF_ARRAY3(_name, _leaf_type, _size) BPF_TABLE(array, int, _leaf_type, _name, _size)
#define BPF_ARRAY(...) __BCCC_ARGN(__VA_ARGS__, BPF_ARRAY5, BPF_ARRAY4, BPF_ARRAY3, BPF_ARRAY2, BPF_ARRAY1)(__VA_ARGS__)

#define BPF_PERCPU_HASH1(_name) BPF_TABLE(percpu_hash, u64, u64, _name, 10240)
#define BPF_PERCPU_HASH2(_name, _key_type) BPF_TABLE(percpu_hash, _key_type, u64, _name, 10240)
#define BPF_PERCPU_HASH3(_name, _key_type, _leaf_type) BPF_TABLE(percpu_hash, _key_type, _leaf_type, _name, 10240)
#define BPF_PERCPU_HASH4(_name, _key_type, _leaf_type, _size) BPF_TABLE(percpu_hash, _key_type, _leaf_type, _name, _size)
#define BPF_PERCPU_HASH(...) __BCCC_ARGN(__VA_ARGS__, BPF_PERCPU_HASH5, BPF_PERCPU_HASH4, BPF_PERCPU_HASH3, BPF_PERCPU_HASH2, BPF_PERCPU_HASH1)(__VA_ARGS__)

#define BPF_PERCPU_ARRAY1(_name) BPF_TABLE(percpu_array, int, u64, _name, 10240)
#define BPF_PERCPU_ARRAY2(_name, _leaf_type) BPF_TABLE(percpu_array, int, _leaf_type, _name, 10240)
#define BPF_PERCPU_ARRAY3(_name, _leaf_type, _size) BPF_TABLE(percpu_array, int, _leaf_type, _name, _size)
#define BPF_PERCPU_ARRAY(...) __BCCC_ARGN(__VA_ARGS__, BPF_PERCPU_ARRAY5, BPF_PERCPU_ARRAY4, BPF_PERCPU_ARRAY3, BPF_PERCPU_ARRAY2, BPF_PERCPU_ARRAY1)(__VA_ARGS__)

#define BPF_HISTOGRAM1(_name) BPF_TABLE(histogram, int, u64, _name, 64)
#define BPF_HISTOGRAM2(_name, _key_type) BPF_TABLE(histogram, _key_type, u64, _name, 64)
#define BPF_HISTOGRAM3(_name, _key_type, _size) BPF_TABLE(histogram, _key_type, u64, _name, _size)
#define BPF_HISTOGRAM(...) __BCCC_ARGN(__VA_ARGS__, BPF_HISTOGRAM5, BPF_HISTOGRAM4, BPF_HISTOGRAM3, BPF_HISTOGRAM2, BPF_HISTOGRAM1)(__VA_ARGS__)

/* Perf event output: key int, leaf u32, one entry per CPU (max_entries 0
 * lets the loader size it to the possible CPUs, as BCC does). */
#define BPF_PERF_OUTPUT(_name) \
struct _name##_table_t { \
	int key; \
	u32 leaf; \
	int (*perf_submit)(void *, void *, u32); \
	int (*perf_submit_skb)(void *, u32, void *, u32); \
	char (*__bccc_map)[__BCCC_MAP_perf_output]; \
	char (*__bccc_max_entries)[1]; \
	char (*__bccc_flags)[1]; \
}; \
struct _name##_table_t _name

/* Ring buffer: no key or value; the size is in pages. */
#define BPF_RINGBUF_OUTPUT(_name, _num_pages) \
struct _name##_table_t { \
	int (*ringbuf_output)(void *, u64, u64); \
	void *(*ringbuf_reserve)(u64); \
	void (*ringbuf_submit)(void *, u64); \
	void (*ringbuf_discard)(void *, u64); \
	u64 (*ringbuf_query)(u64); \
	char (*__bccc_map)[__BCCC_MAP_ringbuf]; \
	char (*__bccc_max_entries)[(_num_pages) * 4096 + 1]; \
	char (*__bccc_flags)[1]; \
}; \
struct _name##_table_t _name

/* BCC's log2 bucket index: bpf_log2(v) is floor(log2(v)) (0 for 0),
 * bpf_log2l(v) is floor(log2(v)) + 1 (0 for 0). */
static __always_inline unsigned int bpf_log2(unsigned int v)
{
	unsigned int r, shift;
	r = (v > 0xFFFF) << 4; v >>= r;
	shift = (v > 0xFF) << 3; v >>= shift; r |= shift;
	shift = (v > 0xF) << 2; v >>= shift; r |= shift;
	shift = (v > 0x3) << 1; v >>= shift; r |= shift;
	r |= (v >> 1);
	return r;
}

static __always_inline unsigned int bpf_log2l(unsigned long v)
{
	/* log2(hi) + 33 when the high half is set, else log2(v) + 1; one
	 * copy of bpf_log2 instead of two. */
	unsigned int hi = v >> 32;
	unsigned int base = hi ? 33 : 1;
	return bpf_log2(hi ? hi : (unsigned int)v) + base;
}

/* bpf_trace_printk: the format is copied into a stack array, as BCC does. */
#define bpf_trace_printk(fmt, ...) \
	({ char ____fmt[] = fmt; bpf_trace_printk_(____fmt, sizeof(____fmt), ##__VA_ARGS__); })

#define lock_xadd(ptr, val) ((void)__sync_fetch_and_add(ptr, val))

#define TRACEPOINT_PROBE(category, event) \
	int tracepoint__##category##__##event(struct tracepoint__##category##__##event *args)

#define RAW_TRACEPOINT_PROBE(event) \
	int raw_tracepoint__##event(struct bpf_raw_tracepoint_args *ctx)

#ifndef BPF_LICENSE
#define BPF_LICENSE GPL
#endif

#endif
