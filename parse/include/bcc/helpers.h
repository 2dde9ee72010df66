/* bcc/helpers.h: what BCC pre-includes before every program. bccc's own
 * version: the basic types, the UAPI bpf.h definitions, struct pt_regs,
 * every helper, and the BCC macros (maps, probes, printk). */
#ifndef __BCCC_HELPERS_H
#define __BCCC_HELPERS_H

#if __has_include(<bcc/types.h>)
#include <bcc/types.h>
#include <bcc/bpf_uapi.h>
#include <bcc/pt_regs.h>
#include <bcc/helper_defs.h>
#include <bcc/byteorder.h>
#else
typedef unsigned char u8; typedef signed char s8; typedef unsigned short u16; typedef short s16;
typedef unsigned int u32; typedef int s32; typedef unsigned long long u64; typedef long long s64;
typedef u8 __u8; typedef u16 __u16; typedef u32 __u32; typedef u64 __u64; typedef s8 __s8; typedef s16 __s16; typedef s32 __s32; typedef s64 __s64;
struct xdp_md { __u32 data; __u32 data_end; __u32 data_meta; __u32 ingress_ifindex; __u32 rx_queue_index; __u32 egress_ifindex; };
struct bpf_raw_tracepoint_args { __u64 args[0]; };
struct pt_regs { unsigned long r15, r14, r13, r12, bp, bx, r11, r10, r9, r8, ax, cx, dx, si, di, orig_ax, ip, cs, flags, sp, ss; };
static void *(*bpf_map_lookup_elem)(void *map, void *key) = (void *)1;
static long (*bpf_map_update_elem)(void *map, void *key, void *value, u64 flags) = (void *)2;
static long (*bpf_map_delete_elem)(void *map, void *key) = (void *)3;
static int (*bpf_trace_printk_)(const char *fmt, u32 fmt_size, ...) = (void *)6;
static u64 (*bpf_get_current_pid_tgid)(void) = (void *)14;
enum xdp_action { XDP_ABORTED = 0, XDP_DROP, XDP_PASS, XDP_TX, XDP_REDIRECT };
#define NULL ((void*)0)
#define BPF_ANY 0
#define BPF_NOEXIST 1
#endif

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
