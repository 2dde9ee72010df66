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
#ifdef PERF_MAX_STACK_DEPTH
#define BPF_MAX_STACK_DEPTH PERF_MAX_STACK_DEPTH
#else
#define BPF_MAX_STACK_DEPTH 127
#endif

/* Maps (DIALECT §2.1). Each macro declares a struct type <name>_table_t
 * and a variable <name> of that type in section "maps/<type>", as BCC
 * does: "<type>$<inner>" names the template of a map-in-map and
 * "<type>:<path>" a pinned map. The struct names the key and leaf types and,
 * as function-pointer members, exactly the methods BCC allows, so calling
 * another one is a C error. The rewrite pass recognises a map by its
 * __bccc_map member and reads its type from the section; max_entries and
 * flags are the lengths, minus one, of the arrays __bccc_max_entries and
 * __bccc_flags point to, so they are constant expressions folded by the
 * front end. */
#define __BCCC_MAP_LIMITS(_max_entries, _flags) \
	char (*__bccc_map)[1]; \
	char (*__bccc_max_entries)[(_max_entries) + 1]; \
	char (*__bccc_flags)[(_flags) + 1];
#define __BCCC_MAP_SEC(_section) __attribute__((section("maps/" _section)))

/* Argument counting for the macros with optional arguments. */
#define __BCCC_ARGN(_1, _2, _3, _4, _5, N, ...) N
#define __BCCC_ARG6(_1, _2, _3, _4, _5, _6, N, ...) N

/* linux/log2.h's roundup_pow_of_two, as a constant expression (BCC's
 * BPF_STACK_TRACE rounds max_entries up with it). */
#define __bccc_roundup_pow_of_two(n) ((n) <= 1 ? (n) : \
	(n) <= 2ULL ? 2ULL : (n) <= 4ULL ? 4ULL : (n) <= 8ULL ? 8ULL : (n) <= 16ULL ? 16ULL : \
	(n) <= 32ULL ? 32ULL : (n) <= 64ULL ? 64ULL : (n) <= 128ULL ? 128ULL : (n) <= 256ULL ? 256ULL : \
	(n) <= 512ULL ? 512ULL : (n) <= 1024ULL ? 1024ULL : (n) <= 2048ULL ? 2048ULL : (n) <= 4096ULL ? 4096ULL : \
	(n) <= 8192ULL ? 8192ULL : (n) <= 16384ULL ? 16384ULL : (n) <= 32768ULL ? 32768ULL : (n) <= 65536ULL ? 65536ULL : \
	(n) <= 131072ULL ? 131072ULL : (n) <= 262144ULL ? 262144ULL : (n) <= 524288ULL ? 524288ULL : (n) <= 1048576ULL ? 1048576ULL : \
	(n) <= 2097152ULL ? 2097152ULL : (n) <= 4194304ULL ? 4194304ULL : (n) <= 8388608ULL ? 8388608ULL : (n) <= 16777216ULL ? 16777216ULL : \
	(n) <= 33554432ULL ? 33554432ULL : (n) <= 67108864ULL ? 67108864ULL : (n) <= 134217728ULL ? 134217728ULL : (n) <= 268435456ULL ? 268435456ULL : \
	(n) <= 536870912ULL ? 536870912ULL : (n) <= 1073741824ULL ? 1073741824ULL : (n) <= 2147483648ULL ? 2147483648ULL : \
	0)
#ifndef roundup_pow_of_two
#define roundup_pow_of_two(n) __bccc_roundup_pow_of_two(n)
#endif

/* BPF_F_TABLE(type, key, leaf, name, max_entries, flags): type is one of
 * BCC's strings "hash", "array", "percpu_hash", "percpu_array", "lru_hash",
 * "lru_percpu_hash", "lpm_trie", "histogram", "prog", "perf_output",
 * "perf_array", "ringbuf", "queue", "stack", "cgroup_array", "stacktrace",
 * "devmap", "cpumap", "xskmap", "hash_of_maps", "array_of_maps",
 * "sk_storage", "inode_storage", "task_storage", "sockmap", "sockhash",
 * "cgroup_storage", "percpu_cgroup_storage". The methods are BCC's table
 * set; codegen rejects those the kernel does not allow on the type. */
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
	int (*get_stackid)(void *, u64); \
	void *(*sk_storage_get)(void *, void *, int); \
	int (*sk_storage_delete)(void *); \
	void *(*inode_storage_get)(void *, void *, int); \
	int (*inode_storage_delete)(void *); \
	void *(*task_storage_get)(void *, void *, int); \
	int (*task_storage_delete)(void *); \
	__BCCC_MAP_LIMITS(_max_entries, _flags) \
}; \
__BCCC_MAP_SEC(_table_type) struct _name##_table_t _name

#define BPF_TABLE(_table_type, _key_type, _leaf_type, _name, _max_entries) \
	BPF_F_TABLE(_table_type, _key_type, _leaf_type, _name, _max_entries, 0)

/* Pinned maps: BCC reuses or creates the pin at compile time. In the ELF
 * object the map carries libbpf's pinning = LIBBPF_PIN_BY_NAME; the loader
 * pins it as <pin directory>/<name> (libbpf's pin_root_path, cilium/ebpf's
 * MapOptions.PinPath), not at the path given here. */
#define BPF_TABLE_PINNED7(_table_type, _key_type, _leaf_type, _name, _max_entries, _pinned, _flags) \
	BPF_F_TABLE(_table_type ":" _pinned, _key_type, _leaf_type, _name, _max_entries, _flags)
#define BPF_TABLE_PINNED6(_table_type, _key_type, _leaf_type, _name, _max_entries, _pinned) \
	BPF_F_TABLE(_table_type ":" _pinned, _key_type, _leaf_type, _name, _max_entries, 0)
#define BPF_TABLE_PINNEDX(_1, _2, _3, _4, _5, _6, _7, NAME, ...) NAME
#define BPF_TABLE_PINNED(...) \
	BPF_TABLE_PINNEDX(__VA_ARGS__, BPF_TABLE_PINNED7, BPF_TABLE_PINNED6)(__VA_ARGS__)

/* Public and shared tables: BCC also declares __<name> in section
 * maps/export (visible to every module of the process) or maps/shared
 * (visible in the same maps namespace). An ELF object has no module
 * registry: here the map is an ordinary map, and sharing it is the
 * loader's business (libbpf's bpf_map__reuse_fd, cilium/ebpf's
 * CollectionOptions.MapReplacements, or pinning). */
#define __BCCC_TABLE_EXPORT6(_section, _table_type, _key_type, _leaf_type, _name, _max_entries, _flags) \
	BPF_F_TABLE(_table_type, _key_type, _leaf_type, _name, _max_entries, _flags); \
	__attribute__((section(_section))) struct _name##_table_t __##_name
#define __BCCC_TABLE_EXPORT5(_section, _table_type, _key_type, _leaf_type, _name, _max_entries) \
	__BCCC_TABLE_EXPORT6(_section, _table_type, _key_type, _leaf_type, _name, _max_entries, 0)
#define BPF_TABLE_PUBLIC(...) \
	__BCCC_ARG6(__VA_ARGS__, __BCCC_TABLE_EXPORT6, __BCCC_TABLE_EXPORT5)("maps/export", __VA_ARGS__)
#define BPF_TABLE_SHARED(...) \
	__BCCC_ARG6(__VA_ARGS__, __BCCC_TABLE_EXPORT6, __BCCC_TABLE_EXPORT5)("maps/shared", __VA_ARGS__)

#define BPF_HASH1(_name) BPF_TABLE("hash", u64, u64, _name, 10240)
#define BPF_HASH2(_name, _key_type) BPF_TABLE("hash", _key_type, u64, _name, 10240)
#define BPF_HASH3(_name, _key_type, _leaf_type) BPF_TABLE("hash", _key_type, _leaf_type, _name, 10240)
#define BPF_HASH4(_name, _key_type, _leaf_type, _size) BPF_TABLE("hash", _key_type, _leaf_type, _name, _size)
#define BPF_HASH(...) __BCCC_ARGN(__VA_ARGS__, BPF_HASH5, BPF_HASH4, BPF_HASH3, BPF_HASH2, BPF_HASH1)(__VA_ARGS__)

#define BPF_ARRAY1(_name) BPF_TABLE("array", int, u64, _name, 10240)
#define BPF_ARRAY2(_name, _leaf_type) BPF_TABLE("array", int, _leaf_type, _name, 10240)
#define BPF_ARRAY3(_name, _leaf_type, _size) BPF_TABLE("array", int, _leaf_type, _name, _size)
#define BPF_ARRAY(...) __BCCC_ARGN(__VA_ARGS__, BPF_ARRAY5, BPF_ARRAY4, BPF_ARRAY3, BPF_ARRAY2, BPF_ARRAY1)(__VA_ARGS__)

#define BPF_PERCPU_HASH1(_name) BPF_TABLE("percpu_hash", u64, u64, _name, 10240)
#define BPF_PERCPU_HASH2(_name, _key_type) BPF_TABLE("percpu_hash", _key_type, u64, _name, 10240)
#define BPF_PERCPU_HASH3(_name, _key_type, _leaf_type) BPF_TABLE("percpu_hash", _key_type, _leaf_type, _name, 10240)
#define BPF_PERCPU_HASH4(_name, _key_type, _leaf_type, _size) BPF_TABLE("percpu_hash", _key_type, _leaf_type, _name, _size)
#define BPF_PERCPU_HASH(...) __BCCC_ARGN(__VA_ARGS__, BPF_PERCPU_HASH5, BPF_PERCPU_HASH4, BPF_PERCPU_HASH3, BPF_PERCPU_HASH2, BPF_PERCPU_HASH1)(__VA_ARGS__)

#define BPF_PERCPU_ARRAY1(_name) BPF_TABLE("percpu_array", int, u64, _name, 10240)
#define BPF_PERCPU_ARRAY2(_name, _leaf_type) BPF_TABLE("percpu_array", int, _leaf_type, _name, 10240)
#define BPF_PERCPU_ARRAY3(_name, _leaf_type, _size) BPF_TABLE("percpu_array", int, _leaf_type, _name, _size)
#define BPF_PERCPU_ARRAY(...) __BCCC_ARGN(__VA_ARGS__, BPF_PERCPU_ARRAY5, BPF_PERCPU_ARRAY4, BPF_PERCPU_ARRAY3, BPF_PERCPU_ARRAY2, BPF_PERCPU_ARRAY1)(__VA_ARGS__)

/* An array when the key is canonically int, else a hash (rewrite). */
#define BPF_HISTOGRAM1(_name) BPF_TABLE("histogram", int, u64, _name, 64)
#define BPF_HISTOGRAM2(_name, _key_type) BPF_TABLE("histogram", _key_type, u64, _name, 64)
#define BPF_HISTOGRAM3(_name, _key_type, _size) BPF_TABLE("histogram", _key_type, u64, _name, _size)
#define BPF_HISTOGRAM(...) __BCCC_ARGN(__VA_ARGS__, BPF_HISTOGRAM5, BPF_HISTOGRAM4, BPF_HISTOGRAM3, BPF_HISTOGRAM2, BPF_HISTOGRAM1)(__VA_ARGS__)

#define BPF_LPM_TRIE1(_name) BPF_F_TABLE("lpm_trie", u64, u64, _name, 10240, BPF_F_NO_PREALLOC)
#define BPF_LPM_TRIE2(_name, _key_type) BPF_F_TABLE("lpm_trie", _key_type, u64, _name, 10240, BPF_F_NO_PREALLOC)
#define BPF_LPM_TRIE3(_name, _key_type, _leaf_type) BPF_F_TABLE("lpm_trie", _key_type, _leaf_type, _name, 10240, BPF_F_NO_PREALLOC)
#define BPF_LPM_TRIE4(_name, _key_type, _leaf_type, _size) BPF_F_TABLE("lpm_trie", _key_type, _leaf_type, _name, _size, BPF_F_NO_PREALLOC)
#define BPF_LPM_TRIE(...) __BCCC_ARGN(__VA_ARGS__, BPF_LPM_TRIE5, BPF_LPM_TRIE4, BPF_LPM_TRIE3, BPF_LPM_TRIE2, BPF_LPM_TRIE1)(__VA_ARGS__)

struct bpf_stacktrace {
	u64 ip[BPF_MAX_STACK_DEPTH];
};

struct bpf_stacktrace_buildid {
	struct bpf_stack_build_id trace[BPF_MAX_STACK_DEPTH];
};

#define BPF_STACK_TRACE(_name, _max_entries) \
	BPF_TABLE("stacktrace", int, struct bpf_stacktrace, _name, roundup_pow_of_two(_max_entries))

#define BPF_STACK_TRACE_BUILDID(_name, _max_entries) \
	BPF_F_TABLE("stacktrace", int, struct bpf_stacktrace_buildid, _name, roundup_pow_of_two(_max_entries), BPF_F_STACK_BUILD_ID)

#define BPF_PROG_ARRAY(_name, _max_entries) \
	BPF_TABLE("prog", u32, u32, _name, _max_entries)

/* Perf event output: key int, leaf u32, one entry per CPU (max_entries 0
 * lets the loader size it to the possible CPUs, as BCC does). */
#define BPF_PERF_OUTPUT(_name) \
struct _name##_table_t { \
	int key; \
	u32 leaf; \
	int (*perf_submit)(void *, void *, u32); \
	int (*perf_submit_skb)(void *, u32, void *, u32); \
	__BCCC_MAP_LIMITS(0, 0) \
}; \
__BCCC_MAP_SEC("perf_output") struct _name##_table_t _name

/* Ring buffer: no key or value; the size is in pages. */
#define BPF_RINGBUF_OUTPUT(_name, _num_pages) \
struct _name##_table_t { \
	int (*ringbuf_output)(void *, u64, u64); \
	void *(*ringbuf_reserve)(u64); \
	void (*ringbuf_submit)(void *, u64); \
	void (*ringbuf_discard)(void *, u64); \
	u64 (*ringbuf_query)(u64); \
	__BCCC_MAP_LIMITS((_num_pages) * 4096, 0) \
}; \
__BCCC_MAP_SEC("ringbuf") struct _name##_table_t _name

/* The CPU perf_submit and perf_read use: BCC's default on kernels >= 4.8;
 * programs may define their own. */
#ifndef CUR_CPU_IDENTIFIER
#define CUR_CPU_IDENTIFIER BPF_F_CURRENT_CPU
#endif

/* Hardware perf counters: counter = map.perf_read(index). */
#define BPF_PERF_ARRAY(_name, _max_entries) \
struct _name##_table_t { \
	int key; \
	u32 leaf; \
	u64 (*perf_read)(int); \
	int (*perf_counter_value)(int, void *, u32); \
	__BCCC_MAP_LIMITS(_max_entries, 0) \
}; \
__BCCC_MAP_SEC("perf_array") struct _name##_table_t _name

/* Cgroup file descriptors: map.check_current_task(index). */
#define BPF_CGROUP_ARRAY(_name, _max_entries) \
struct _name##_table_t { \
	int key; \
	u32 leaf; \
	int (*check_current_task)(int); \
	__BCCC_MAP_LIMITS(_max_entries, 0) \
}; \
__BCCC_MAP_SEC("cgroup_array") struct _name##_table_t _name

/* XDP redirect maps: xdp_act = map.redirect_map(index, flags). */
#define BPF_XDP_REDIRECT_MAP(_table_type, _leaf_type, _name, _max_entries) \
struct _name##_table_t { \
	u32 key; \
	_leaf_type leaf; \
	u64 (*redirect_map)(int, int); \
	__BCCC_MAP_LIMITS(_max_entries, 0) \
}; \
__BCCC_MAP_SEC(_table_type) struct _name##_table_t _name

#define BPF_DEVMAP(_name, _max_entries) \
	BPF_XDP_REDIRECT_MAP("devmap", int, _name, _max_entries)

#define BPF_CPUMAP(_name, _max_entries) \
	BPF_XDP_REDIRECT_MAP("cpumap", u32, _name, _max_entries)

#define _BPF_XSKMAP(_name, _max_entries, _pinned) \
struct _name##_table_t { \
	u32 key; \
	int leaf; \
	int *(*lookup)(int *); \
	u64 (*redirect_map)(int, int); \
	__BCCC_MAP_LIMITS(_max_entries, 0) \
}; \
__BCCC_MAP_SEC("xskmap" _pinned) struct _name##_table_t _name
#define BPF_XSKMAP2(_name, _max_entries) _BPF_XSKMAP(_name, _max_entries, "")
#define BPF_XSKMAP3(_name, _max_entries, _pinned) _BPF_XSKMAP(_name, _max_entries, ":" _pinned)
#define BPF_XSKMAPX(_1, _2, _3, NAME, ...) NAME
#define BPF_XSKMAP(...) BPF_XSKMAPX(__VA_ARGS__, BPF_XSKMAP3, BPF_XSKMAP2)(__VA_ARGS__)

/* Maps of maps: the inner map, named by a string, is declared in the same
 * program and is the template of the outer map's values. */
#define BPF_ARRAY_OF_MAPS(_name, _inner_map_name, _max_entries) \
	BPF_TABLE("array_of_maps$" _inner_map_name, int, int, _name, _max_entries)

#define BPF_HASH_OF_MAPS2(_name, _inner_map_name) \
	BPF_TABLE("hash_of_maps$" _inner_map_name, int, int, _name, 10240)
#define BPF_HASH_OF_MAPS3(_name, _key_type, _inner_map_name) \
	BPF_TABLE("hash_of_maps$" _inner_map_name, _key_type, int, _name, 10240)
#define BPF_HASH_OF_MAPS4(_name, _key_type, _inner_map_name, _max_entries) \
	BPF_TABLE("hash_of_maps$" _inner_map_name, _key_type, int, _name, _max_entries)
#define BPF_HASH_OF_MAPSX(_name, _2, _3, _4, NAME, ...) NAME
#define BPF_HASH_OF_MAPS(...) \
	BPF_HASH_OF_MAPSX(__VA_ARGS__, BPF_HASH_OF_MAPS4, BPF_HASH_OF_MAPS3, BPF_HASH_OF_MAPS2)(__VA_ARGS__)

/* Local storage: key int, max_entries 0, BPF_F_NO_PREALLOC. */
#define __BCCC_LOCAL_STORAGE(_kind, _name, _leaf_type) \
struct _name##_table_t { \
	int key; \
	_leaf_type leaf; \
	void *(*_kind##_storage_get)(void *, void *, int); \
	int (*_kind##_storage_delete)(void *); \
	__BCCC_MAP_LIMITS(0, BPF_F_NO_PREALLOC) \
}; \
__BCCC_MAP_SEC(#_kind "_storage") struct _name##_table_t _name

#define BPF_SK_STORAGE(_name, _leaf_type) __BCCC_LOCAL_STORAGE(sk, _name, _leaf_type)
#define BPF_INODE_STORAGE(_name, _leaf_type) __BCCC_LOCAL_STORAGE(inode, _name, _leaf_type)
#define BPF_TASK_STORAGE(_name, _leaf_type) __BCCC_LOCAL_STORAGE(task, _name, _leaf_type)

#define BPF_SOCKMAP_COMMON(_name, _max_entries, _kind, _helper_name) \
struct _name##_table_t { \
	u32 key; \
	int leaf; \
	int (*update)(u32 *, int *); \
	int (*delete)(u32 *); \
	int (*_helper_name)(void *, void *, u64); \
	__BCCC_MAP_LIMITS(_max_entries, 0) \
}; \
__BCCC_MAP_SEC(_kind) struct _name##_table_t _name

#define BPF_SOCKMAP(_name, _max_entries) \
	BPF_SOCKMAP_COMMON(_name, _max_entries, "sockmap", sock_map_update)

#define BPF_SOCKHASH_COMMON(_name, _key_type, _max_entries) \
struct _name##_table_t { \
	_key_type key; \
	int leaf; \
	int (*update)(_key_type *, int *); \
	int (*delete)(_key_type *); \
	int (*sock_hash_update)(void *, void *, u64); \
	int (*msg_redirect_hash)(void *, void *, u64); \
	int (*sk_redirect_hash)(void *, void *, u64); \
	__BCCC_MAP_LIMITS(_max_entries, 0) \
}; \
__BCCC_MAP_SEC("sockhash") struct _name##_table_t _name

#define BPF_SOCKHASH1(_name) BPF_SOCKHASH_COMMON(_name, u32, 10240)
#define BPF_SOCKHASH2(_name, _key_type) BPF_SOCKHASH_COMMON(_name, _key_type, 10240)
#define BPF_SOCKHASH3(_name, _key_type, _max_entries) BPF_SOCKHASH_COMMON(_name, _key_type, _max_entries)
#define BPF_SOCKHASHX(_1, _2, _3, NAME, ...) NAME
#define BPF_SOCKHASH(...) BPF_SOCKHASHX(__VA_ARGS__, BPF_SOCKHASH3, BPF_SOCKHASH2, BPF_SOCKHASH1)(__VA_ARGS__)

/* Cgroup storage: max_entries 0; the kernel binds it to the program. */
#define BPF_CGROUP_STORAGE_COMMON(_name, _leaf_type, _kind) \
struct _name##_table_t { \
	struct bpf_cgroup_storage_key key; \
	_leaf_type leaf; \
	_leaf_type *(*lookup)(struct bpf_cgroup_storage_key *); \
	int (*update)(struct bpf_cgroup_storage_key *, _leaf_type *); \
	void *(*get_local_storage)(u64); \
	__BCCC_MAP_LIMITS(0, 0) \
}; \
__BCCC_MAP_SEC(_kind) struct _name##_table_t _name

#define BPF_CGROUP_STORAGE(_name, _leaf_type) \
	BPF_CGROUP_STORAGE_COMMON(_name, _leaf_type, "cgroup_storage")

#define BPF_PERCPU_CGROUP_STORAGE(_name, _leaf_type) \
	BPF_CGROUP_STORAGE_COMMON(_name, _leaf_type, "percpu_cgroup_storage")

/* Queues and stacks: no key. */
#define BPF_QUEUESTACK(_table_type, _name, _leaf_type, _max_entries, _flags) \
struct _name##_table_t { \
	_leaf_type leaf; \
	int (*peek)(_leaf_type *); \
	int (*pop)(_leaf_type *); \
	int (*push)(_leaf_type *, u64); \
	__BCCC_MAP_LIMITS(_max_entries, _flags) \
}; \
__BCCC_MAP_SEC(_table_type) struct _name##_table_t _name

#define BPF_QUEUE_STACK3(_type, _name, _leaf_type, _max_entries) \
	BPF_QUEUESTACK(_type, _name, _leaf_type, _max_entries, 0)
#define BPF_QUEUE_STACK4(_type, _name, _leaf_type, _max_entries, _flags) \
	BPF_QUEUESTACK(_type, _name, _leaf_type, _max_entries, _flags)
#define BPF_QUEUE_STACKX(_1, _2, _3, _4, NAME, ...) NAME
#define BPF_QUEUE(...) \
	BPF_QUEUE_STACKX(__VA_ARGS__, BPF_QUEUE_STACK4, BPF_QUEUE_STACK3)("queue", __VA_ARGS__)
#define BPF_STACK(...) \
	BPF_QUEUE_STACKX(__VA_ARGS__, BPF_QUEUE_STACK4, BPF_QUEUE_STACK3)("stack", __VA_ARGS__)

#define BPF_QUEUESTACK_PINNED(_table_type, _name, _leaf_type, _max_entries, _flags, _pinned) \
	BPF_QUEUESTACK(_table_type ":" _pinned, _name, _leaf_type, _max_entries, _flags)
#define BPF_QUEUESTACK_PUBLIC(_table_type, _name, _leaf_type, _max_entries, _flags) \
	BPF_QUEUESTACK(_table_type, _name, _leaf_type, _max_entries, _flags); \
	__attribute__((section("maps/export"))) struct _name##_table_t __##_name
#define BPF_QUEUESTACK_SHARED(_table_type, _name, _leaf_type, _max_entries, _flags) \
	BPF_QUEUESTACK(_table_type, _name, _leaf_type, _max_entries, _flags); \
	__attribute__((section("maps/shared"))) struct _name##_table_t __##_name

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

/* CO-RE queries answered by the loader for the running kernel (the
 * argument is not evaluated): does p->field exist, how big is it, does a
 * type exist, what is an enumerator's value there. */
unsigned long long __bccc_core_field(int kind, ...);
unsigned long long __bccc_core_type(int kind, ...);
unsigned long long __bccc_core_enum(int kind, ...);
#define bpf_core_field_exists(field) __bccc_core_field(2, field)
#define bpf_core_field_size(field) __bccc_core_field(1, field)
#define bpf_core_type_exists(type) __bccc_core_type(8, (type *)0)
#define bpf_core_type_size(type) __bccc_core_type(9, (type *)0)
#define bpf_core_enum_value_exists(enum_type, enumerator) __bccc_core_enum(10, (enum_type *)0, enumerator)
#define bpf_core_enum_value(enum_type, enumerator) __bccc_core_enum(11, (enum_type *)0, enumerator)

/* BPF_CORE_READ(src, a, b, ...) reads src->a->b...: reads through kernel
 * pointers are probe reads with CO-RE relocations already. */
#define __BCCC_CR_N(_1, _2, _3, _4, _5, _6, _7, N, ...) N
#define __BCCC_CR1(s, a) ((s)->a)
#define __BCCC_CR2(s, a, b) ((s)->a->b)
#define __BCCC_CR3(s, a, b, c) ((s)->a->b->c)
#define __BCCC_CR4(s, a, b, c, d) ((s)->a->b->c->d)
#define __BCCC_CR5(s, a, b, c, d, e) ((s)->a->b->c->d->e)
#define __BCCC_CR6(s, a, b, c, d, e, f) ((s)->a->b->c->d->e->f)
#define BPF_CORE_READ(src, ...) \
	__BCCC_CR_N(__VA_ARGS__, __BCCC_CR7, __BCCC_CR6, __BCCC_CR5, __BCCC_CR4, __BCCC_CR3, __BCCC_CR2, __BCCC_CR1)(src, __VA_ARGS__)

/* bpf_trace_printk: BCC copies the format into a stack array; bccc passes
 * the literal, which lands in .rodata and costs no stack. */
#define bpf_trace_printk(fmt, ...) \
	bpf_trace_printk_(fmt, sizeof(fmt), ##__VA_ARGS__)

/* BCC's checksum builtins (DIALECT §7), lowered by bccc: incr_cksum_l3
 * calls bpf_l3_csum_replace(skb, off, old, new, sizeof(new)), incr_cksum_l4
 * bpf_l4_csum_replace(skb, off, old, new, (pseudo & 1) << 4 | sizeof(new)),
 * on the program's first parameter, old and new put in network order by
 * that size. off is the packet offset of the checksum field: &hdr->field
 * of a <bcc/proto.h> header, or an integer. tc and LWT_XMIT programs only. */
int incr_cksum_l3(void *off, u64 oldval, u64 newval);
int incr_cksum_l4(void *off, u64 oldval, u64 newval, u64 pseudo);

#define lock_xadd(ptr, val) ((void)__sync_fetch_and_add(ptr, val))

#define TRACEPOINT_PROBE(category, event) \
	int tracepoint__##category##__##event(struct tracepoint__##category##__##event *args)

#define RAW_TRACEPOINT_PROBE(event) \
	int raw_tracepoint__##event(struct bpf_raw_tracepoint_args *ctx)

/* Tracepoint __data_loc fields (DIALECT §6). The generated args struct
 * holds such a field as int data_loc_NAME: the low 16 bits are the data's
 * offset from the start of the record (args), the high 16 bits its length.
 * The record is read with probe reads, as BCC does. */
#define __BCCC_TP_DATA(field) ((char *)args + (args->data_loc_##field & 0xFFFF))
#define TP_DATA_LOC_READ_CONST(dst, field, length) \
	do { bpf_probe_read_kernel((void *)(dst), (length), __BCCC_TP_DATA(field)); } while (0)
#define TP_DATA_LOC_READ(dst, field) \
	do { bpf_probe_read_kernel((void *)(dst), (u32)args->data_loc_##field >> 16, __BCCC_TP_DATA(field)); } while (0)
#define TP_DATA_LOC_READ_STR(dst, field, length) \
	do { bpf_probe_read_kernel_str((void *)(dst), (length), __BCCC_TP_DATA(field)); } while (0)

/* BPF_PROG-style probes (DIALECT §3). A fentry, fexit, fmod_ret or LSM
 * program gets its target's arguments as an array of u64 slots, the return
 * value after them for fexit. BPF_PROG(name, args...) defines the program
 * name(u64 *ctx), which passes slot i as argument i to a static inline
 * function declared with the typed arguments; the body written after the
 * macro is that function's. A slot goes through (void *) because the call
 * then converts it to whatever the argument is, pointer or integer. */
#define __BCCC_NARGS(...) __BCCC_NARGS_(0, ##__VA_ARGS__, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define __BCCC_NARGS_(_0, _1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, N, ...) N
#define __BCCC_PASTE(a, b) __BCCC_PASTE_(a, b)
#define __BCCC_PASTE_(a, b) a##b
#define __BCCC_SLOTS0
#define __BCCC_SLOTS1 __BCCC_SLOTS0, (void *)ctx[0]
#define __BCCC_SLOTS2 __BCCC_SLOTS1, (void *)ctx[1]
#define __BCCC_SLOTS3 __BCCC_SLOTS2, (void *)ctx[2]
#define __BCCC_SLOTS4 __BCCC_SLOTS3, (void *)ctx[3]
#define __BCCC_SLOTS5 __BCCC_SLOTS4, (void *)ctx[4]
#define __BCCC_SLOTS6 __BCCC_SLOTS5, (void *)ctx[5]
#define __BCCC_SLOTS7 __BCCC_SLOTS6, (void *)ctx[6]
#define __BCCC_SLOTS8 __BCCC_SLOTS7, (void *)ctx[7]
#define __BCCC_SLOTS9 __BCCC_SLOTS8, (void *)ctx[8]
#define __BCCC_SLOTS10 __BCCC_SLOTS9, (void *)ctx[9]
#define __BCCC_SLOTS11 __BCCC_SLOTS10, (void *)ctx[10]
#define __BCCC_SLOTS12 __BCCC_SLOTS11, (void *)ctx[11]
#define BPF_PROG(name, ...) \
	static __always_inline int ____##name(unsigned long long *ctx, ##__VA_ARGS__); \
	int name(unsigned long long *ctx) \
	{ \
		return ____##name(ctx __BCCC_PASTE(__BCCC_SLOTS, __BCCC_NARGS(__VA_ARGS__))); \
	} \
	static __always_inline int ____##name(unsigned long long *ctx, ##__VA_ARGS__)

/* The names carry the attach point; rewrite/btfprogs.go maps them to
 * fentry/FN, fexit/FN, fmod_ret/FN, lsm/HOOK and iter/TARGET. */
#define KFUNC_PROBE(fn, ...) BPF_PROG(kfunc__vmlinux__##fn, ##__VA_ARGS__)
#define KRETFUNC_PROBE(fn, ...) BPF_PROG(kretfunc__vmlinux__##fn, ##__VA_ARGS__)
#define MODULE_KFUNC_PROBE(mod, fn, ...) BPF_PROG(kfunc__##mod##__##fn, ##__VA_ARGS__)
#define MODULE_KRETFUNC_PROBE(mod, fn, ...) BPF_PROG(kretfunc__##mod##__##fn, ##__VA_ARGS__)
#define KMOD_RET(fn, ...) BPF_PROG(kmod_ret__##fn, ##__VA_ARGS__)
#define LSM_PROBE(hook, ...) BPF_PROG(lsm__##hook, ##__VA_ARGS__)
/* The iterator's context is the kernel's struct bpf_iter__TARGET, from BTF. */
#define BPF_ITER(target) int bpf_iter__##target(struct bpf_iter__##target *ctx)

/* BCC's packet loads (DIALECT §7): the big-endian bytes at packet offset
 * off, as a host-order value (load_half is ntohs of the two bytes). In
 * socket filter and tc (SCHED_CLS, SCHED_ACT) programs, the only ones whose
 * verifier takes them, they are the legacy LD_ABS (constant off) and LD_IND
 * instructions, as in BCC: an offset outside the packet ENDS THE PROGRAM,
 * which returns 0 (drop the packet in a socket filter, TC_ACT_OK in tc);
 * so the kernel refuses them while a socket reference (bpf_sk_lookup_*) is
 * held. Other skb programs (cgroup_skb, lwt_*, sk_skb, sk_reuseport,
 * flow_dissector) cannot use LD_ABS: there bccc reads through
 * bpf_skb_load_bytes, and an offset outside the packet reads as 0. Any
 * other program type (XDP, tracing) has no skb, and the call is a compile
 * error at the caller's line. */
unsigned long long __bccc_ld_abs(void *skb, unsigned long long off, int size);

static __always_inline unsigned long long load_byte(void *skb, unsigned long long off)
{
	return __bccc_ld_abs(skb, off, 1);
}

static __always_inline unsigned long long load_half(void *skb, unsigned long long off)
{
	return __bccc_ld_abs(skb, off, 2);
}

static __always_inline unsigned long long load_word(void *skb, unsigned long long off)
{
	return __bccc_ld_abs(skb, off, 4);
}

/* As in BCC, two word loads: LD_ABS has no 8-byte form. */
static __always_inline unsigned long long load_dword(void *skb, unsigned long long off)
{
	return ((unsigned long long)load_word(skb, off) << 32) | load_word(skb, off + 4);
}

/* BCC's bit-field extract and insert on packet data (DIALECT §9.3): bsz
 * bits, bofs bits into the big-endian bytes at off, counted from the most
 * significant bit. bccc calls them for the fields of <bcc/proto.h>
 * headers; with constant bofs and bsz the width choice folds away. */
static __always_inline unsigned long long bpf_dext_pkt(void *pkt, unsigned long long off, unsigned long long bofs, unsigned long long bsz)
{
	unsigned long long v, w;
	if (bofs + bsz <= 8) {
		v = load_byte(pkt, off);
		w = 8;
	} else if (bofs + bsz <= 16) {
		v = load_half(pkt, off);
		w = 16;
	} else if (bofs + bsz <= 32) {
		v = load_word(pkt, off);
		w = 32;
	} else if (bofs + bsz <= 64) {
		v = load_dword(pkt, off);
		w = 64;
	} else {
		return 0;
	}
	if (bsz >= 64)
		return v;
	return (v >> (w - bofs - bsz)) & ((1ULL << bsz) - 1);
}

static __always_inline void bpf_dins_pkt(void *pkt, unsigned long long off, unsigned long long bofs, unsigned long long bsz, unsigned long long val)
{
	unsigned long long w = bofs + bsz <= 8 ? 8 : bofs + bsz <= 16 ? 16 : bofs + bsz <= 32 ? 32 : 64;
	unsigned long long shift = w - bofs - bsz;
	unsigned long long mask = (bsz >= 64 ? ~0ULL : (1ULL << bsz) - 1) << shift;
	unsigned long long v = 0;
	if (bsz != w) /* only part of the bytes: keep the other bits */
		v = bpf_dext_pkt(pkt, off, 0, w);
	v = (v & ~mask) | ((val << shift) & mask);
	if (w == 8) {
		u8 b = v;
		bpf_skb_store_bytes(pkt, off, &b, 1, 0);
	} else if (w == 16) {
		u16 b = __builtin_bswap16(v);
		bpf_skb_store_bytes(pkt, off, &b, 2, 0);
	} else if (w == 32) {
		u32 b = __builtin_bswap32(v);
		bpf_skb_store_bytes(pkt, off, &b, 4, 0);
	} else {
		u64 b = __builtin_bswap64(v);
		bpf_skb_store_bytes(pkt, off, &b, 8, 0);
	}
}

/* Big-endian stores of one width, for bccc's <bcc/proto.h> field writes. */
static __always_inline void __bccc_store_be8(void *skb, unsigned long long off, unsigned long long v)
{
	u8 b = v;
	bpf_skb_store_bytes(skb, off, &b, 1, 0);
}

static __always_inline void __bccc_store_be16(void *skb, unsigned long long off, unsigned long long v)
{
	u16 b = __builtin_bswap16(v);
	bpf_skb_store_bytes(skb, off, &b, 2, 0);
}

static __always_inline void __bccc_store_be32(void *skb, unsigned long long off, unsigned long long v)
{
	u32 b = __builtin_bswap32(v);
	bpf_skb_store_bytes(skb, off, &b, 4, 0);
}

static __always_inline void __bccc_store_be64(void *skb, unsigned long long off, unsigned long long v)
{
	u64 b = __builtin_bswap64(v);
	bpf_skb_store_bytes(skb, off, &b, 8, 0);
}

/* BCC's cursor_advance: yields the cursor, then moves it n bytes on. */
#define cursor_advance(_cursor, _len) \
	({ void *__bccc_tmp = (_cursor); (_cursor) += (_len); __bccc_tmp; })

/* BCC replaces bpf_num_cpus() with the number of CPUs online when it
 * compiles; the front end predefines that count (parse/cpus.go). */
#define bpf_num_cpus() (__BCCC_ONLINE_CPUS)

#ifndef BPF_LICENSE
#define BPF_LICENSE GPL
#endif

#endif
