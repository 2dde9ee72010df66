/* bcc/bpf_uapi.h - the parts of the kernel's UAPI <linux/bpf.h> that a BPF
 * program (rather than a loader) needs: object/program/attach type
 * enumerations, helper flags, return codes and the context and argument
 * structures, with exact kernel layout (Linux 6.x, LP64 little-endian).
 *
 * The helper ID enumeration (enum bpf_func_id) and helper declarations are
 * in bcc/helper_defs.h.  BPF_MAX_STACK_DEPTH is defined elsewhere.
 */
#ifndef __BCCC_BCC_BPF_UAPI_H
#define __BCCC_BCC_BPF_UAPI_H

#include <bcc/types.h>

/* A pointer field of a context structure: always 8 bytes, 8-aligned, so the
 * layout is the same for 32- and 64-bit user space. */
#ifndef __bpf_md_ptr
#define __bpf_md_ptr(type, name) \
	union {                  \
		type name;       \
		__u64 :64;       \
	} __attribute__((aligned(8)))
#endif

/* ------------------------------------------------------------------ */
/* Instruction encoding (classes and modes not in classic BPF).       */
/* ------------------------------------------------------------------ */

#define BPF_JMP32	0x06
#define BPF_ALU64	0x07
#define BPF_DW		0x18
#define BPF_MEMSX	0x80
#define BPF_ATOMIC	0xc0
#define BPF_XADD	0xc0
#define BPF_MOV		0xb0
#define BPF_ARSH	0xc0
#define BPF_END		0xd0
#define BPF_TO_LE	0x00
#define BPF_TO_BE	0x08
#define BPF_FROM_LE	BPF_TO_LE
#define BPF_FROM_BE	BPF_TO_BE
#define BPF_JNE		0x50
#define BPF_JLT		0xa0
#define BPF_JLE		0xb0
#define BPF_JSGT	0x60
#define BPF_JSGE	0x70
#define BPF_JSLT	0xc0
#define BPF_JSLE	0xd0
#define BPF_JCOND	0xe0
#define BPF_CALL	0x80
#define BPF_EXIT	0x90
#define BPF_FETCH	0x01
#define BPF_XCHG	(0xe0 | BPF_FETCH)
#define BPF_CMPXCHG	(0xf0 | BPF_FETCH)

enum {
	BPF_REG_0 = 0,
	BPF_REG_1,
	BPF_REG_2,
	BPF_REG_3,
	BPF_REG_4,
	BPF_REG_5,
	BPF_REG_6,
	BPF_REG_7,
	BPF_REG_8,
	BPF_REG_9,
	BPF_REG_10,
	__MAX_BPF_REG,
};
#define MAX_BPF_REG	__MAX_BPF_REG

struct bpf_insn {
	__u8	code;
	__u8	dst_reg:4;
	__u8	src_reg:4;
	__s16	off;
	__s32	imm;
};

/* ------------------------------------------------------------------ */
/* Map keys with a fixed kernel-defined shape.                         */
/* ------------------------------------------------------------------ */

/* LPM trie key: prefix length in bits, then the address bytes. */
struct bpf_lpm_trie_key {
	__u32	prefixlen;
	__u8	data[0];
};

struct bpf_lpm_trie_key_hdr {
	__u32	prefixlen;
};

struct bpf_lpm_trie_key_u8 {
	union {
		struct bpf_lpm_trie_key_hdr	hdr;
		__u32				prefixlen;
	};
	__u8	data[];
};

struct bpf_cgroup_storage_key {
	__u64	cgroup_inode_id;
	__u32	attach_type;
};

/* ------------------------------------------------------------------ */
/* Commands, map types, program types, attach types, link types.      */
/* ------------------------------------------------------------------ */

enum bpf_cmd {
	BPF_MAP_CREATE,
	BPF_MAP_LOOKUP_ELEM,
	BPF_MAP_UPDATE_ELEM,
	BPF_MAP_DELETE_ELEM,
	BPF_MAP_GET_NEXT_KEY,
	BPF_PROG_LOAD,
	BPF_OBJ_PIN,
	BPF_OBJ_GET,
	BPF_PROG_ATTACH,
	BPF_PROG_DETACH,
	BPF_PROG_TEST_RUN,
	BPF_PROG_RUN = BPF_PROG_TEST_RUN,
	BPF_PROG_GET_NEXT_ID,
	BPF_MAP_GET_NEXT_ID,
	BPF_PROG_GET_FD_BY_ID,
	BPF_MAP_GET_FD_BY_ID,
	BPF_OBJ_GET_INFO_BY_FD,
	BPF_PROG_QUERY,
	BPF_RAW_TRACEPOINT_OPEN,
	BPF_BTF_LOAD,
	BPF_BTF_GET_FD_BY_ID,
	BPF_TASK_FD_QUERY,
	BPF_MAP_LOOKUP_AND_DELETE_ELEM,
	BPF_MAP_FREEZE,
	BPF_BTF_GET_NEXT_ID,
	BPF_MAP_LOOKUP_BATCH,
	BPF_MAP_LOOKUP_AND_DELETE_BATCH,
	BPF_MAP_UPDATE_BATCH,
	BPF_MAP_DELETE_BATCH,
	BPF_LINK_CREATE,
	BPF_LINK_UPDATE,
	BPF_LINK_GET_FD_BY_ID,
	BPF_LINK_GET_NEXT_ID,
	BPF_ENABLE_STATS,
	BPF_ITER_CREATE,
	BPF_LINK_DETACH,
	BPF_PROG_BIND_MAP,
	BPF_TOKEN_CREATE,
	BPF_PROG_STREAM_READ_BY_FD,
	__MAX_BPF_CMD,
};

enum bpf_map_type {
	BPF_MAP_TYPE_UNSPEC,			/*  0 */
	BPF_MAP_TYPE_HASH,			/*  1 */
	BPF_MAP_TYPE_ARRAY,			/*  2 */
	BPF_MAP_TYPE_PROG_ARRAY,		/*  3 */
	BPF_MAP_TYPE_PERF_EVENT_ARRAY,		/*  4 */
	BPF_MAP_TYPE_PERCPU_HASH,		/*  5 */
	BPF_MAP_TYPE_PERCPU_ARRAY,		/*  6 */
	BPF_MAP_TYPE_STACK_TRACE,		/*  7 */
	BPF_MAP_TYPE_CGROUP_ARRAY,		/*  8 */
	BPF_MAP_TYPE_LRU_HASH,			/*  9 */
	BPF_MAP_TYPE_LRU_PERCPU_HASH,		/* 10 */
	BPF_MAP_TYPE_LPM_TRIE,			/* 11 */
	BPF_MAP_TYPE_ARRAY_OF_MAPS,		/* 12 */
	BPF_MAP_TYPE_HASH_OF_MAPS,		/* 13 */
	BPF_MAP_TYPE_DEVMAP,			/* 14 */
	BPF_MAP_TYPE_SOCKMAP,			/* 15 */
	BPF_MAP_TYPE_CPUMAP,			/* 16 */
	BPF_MAP_TYPE_XSKMAP,			/* 17 */
	BPF_MAP_TYPE_SOCKHASH,			/* 18 */
	BPF_MAP_TYPE_CGROUP_STORAGE_DEPRECATED,	/* 19 */
	BPF_MAP_TYPE_CGROUP_STORAGE = BPF_MAP_TYPE_CGROUP_STORAGE_DEPRECATED,
	BPF_MAP_TYPE_REUSEPORT_SOCKARRAY,	/* 20 */
	BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE_DEPRECATED, /* 21 */
	BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE =
		BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE_DEPRECATED,
	BPF_MAP_TYPE_QUEUE,			/* 22 */
	BPF_MAP_TYPE_STACK,			/* 23 */
	BPF_MAP_TYPE_SK_STORAGE,		/* 24 */
	BPF_MAP_TYPE_DEVMAP_HASH,		/* 25 */
	BPF_MAP_TYPE_STRUCT_OPS,		/* 26 */
	BPF_MAP_TYPE_RINGBUF,			/* 27 */
	BPF_MAP_TYPE_INODE_STORAGE,		/* 28 */
	BPF_MAP_TYPE_TASK_STORAGE,		/* 29 */
	BPF_MAP_TYPE_BLOOM_FILTER,		/* 30 */
	BPF_MAP_TYPE_USER_RINGBUF,		/* 31 */
	BPF_MAP_TYPE_CGRP_STORAGE,		/* 32 */
	BPF_MAP_TYPE_ARENA,			/* 33 */
	BPF_MAP_TYPE_INSN_ARRAY,		/* 34, Linux 6.19 */
	__MAX_BPF_MAP_TYPE
};

enum bpf_prog_type {
	BPF_PROG_TYPE_UNSPEC,			/*  0 */
	BPF_PROG_TYPE_SOCKET_FILTER,		/*  1 */
	BPF_PROG_TYPE_KPROBE,			/*  2 */
	BPF_PROG_TYPE_SCHED_CLS,		/*  3 */
	BPF_PROG_TYPE_SCHED_ACT,		/*  4 */
	BPF_PROG_TYPE_TRACEPOINT,		/*  5 */
	BPF_PROG_TYPE_XDP,			/*  6 */
	BPF_PROG_TYPE_PERF_EVENT,		/*  7 */
	BPF_PROG_TYPE_CGROUP_SKB,		/*  8 */
	BPF_PROG_TYPE_CGROUP_SOCK,		/*  9 */
	BPF_PROG_TYPE_LWT_IN,			/* 10 */
	BPF_PROG_TYPE_LWT_OUT,			/* 11 */
	BPF_PROG_TYPE_LWT_XMIT,			/* 12 */
	BPF_PROG_TYPE_SOCK_OPS,			/* 13 */
	BPF_PROG_TYPE_SK_SKB,			/* 14 */
	BPF_PROG_TYPE_CGROUP_DEVICE,		/* 15 */
	BPF_PROG_TYPE_SK_MSG,			/* 16 */
	BPF_PROG_TYPE_RAW_TRACEPOINT,		/* 17 */
	BPF_PROG_TYPE_CGROUP_SOCK_ADDR,		/* 18 */
	BPF_PROG_TYPE_LWT_SEG6LOCAL,		/* 19 */
	BPF_PROG_TYPE_LIRC_MODE2,		/* 20 */
	BPF_PROG_TYPE_SK_REUSEPORT,		/* 21 */
	BPF_PROG_TYPE_FLOW_DISSECTOR,		/* 22 */
	BPF_PROG_TYPE_CGROUP_SYSCTL,		/* 23 */
	BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE,	/* 24 */
	BPF_PROG_TYPE_CGROUP_SOCKOPT,		/* 25 */
	BPF_PROG_TYPE_TRACING,			/* 26 */
	BPF_PROG_TYPE_STRUCT_OPS,		/* 27 */
	BPF_PROG_TYPE_EXT,			/* 28 */
	BPF_PROG_TYPE_LSM,			/* 29 */
	BPF_PROG_TYPE_SK_LOOKUP,		/* 30 */
	BPF_PROG_TYPE_SYSCALL,			/* 31 */
	BPF_PROG_TYPE_NETFILTER,		/* 32 */
	__MAX_BPF_PROG_TYPE
};

enum bpf_attach_type {
	BPF_CGROUP_INET_INGRESS,		/*  0 */
	BPF_CGROUP_INET_EGRESS,			/*  1 */
	BPF_CGROUP_INET_SOCK_CREATE,		/*  2 */
	BPF_CGROUP_SOCK_OPS,			/*  3 */
	BPF_SK_SKB_STREAM_PARSER,		/*  4 */
	BPF_SK_SKB_STREAM_VERDICT,		/*  5 */
	BPF_CGROUP_DEVICE,			/*  6 */
	BPF_SK_MSG_VERDICT,			/*  7 */
	BPF_CGROUP_INET4_BIND,			/*  8 */
	BPF_CGROUP_INET6_BIND,			/*  9 */
	BPF_CGROUP_INET4_CONNECT,		/* 10 */
	BPF_CGROUP_INET6_CONNECT,		/* 11 */
	BPF_CGROUP_INET4_POST_BIND,		/* 12 */
	BPF_CGROUP_INET6_POST_BIND,		/* 13 */
	BPF_CGROUP_UDP4_SENDMSG,		/* 14 */
	BPF_CGROUP_UDP6_SENDMSG,		/* 15 */
	BPF_LIRC_MODE2,				/* 16 */
	BPF_FLOW_DISSECTOR,			/* 17 */
	BPF_CGROUP_SYSCTL,			/* 18 */
	BPF_CGROUP_UDP4_RECVMSG,		/* 19 */
	BPF_CGROUP_UDP6_RECVMSG,		/* 20 */
	BPF_CGROUP_GETSOCKOPT,			/* 21 */
	BPF_CGROUP_SETSOCKOPT,			/* 22 */
	BPF_TRACE_RAW_TP,			/* 23 */
	BPF_TRACE_FENTRY,			/* 24 */
	BPF_TRACE_FEXIT,			/* 25 */
	BPF_MODIFY_RETURN,			/* 26 */
	BPF_LSM_MAC,				/* 27 */
	BPF_TRACE_ITER,				/* 28 */
	BPF_CGROUP_INET4_GETPEERNAME,		/* 29 */
	BPF_CGROUP_INET6_GETPEERNAME,		/* 30 */
	BPF_CGROUP_INET4_GETSOCKNAME,		/* 31 */
	BPF_CGROUP_INET6_GETSOCKNAME,		/* 32 */
	BPF_XDP_DEVMAP,				/* 33 */
	BPF_CGROUP_INET_SOCK_RELEASE,		/* 34 */
	BPF_XDP_CPUMAP,				/* 35 */
	BPF_SK_LOOKUP,				/* 36 */
	BPF_XDP,				/* 37 */
	BPF_SK_SKB_VERDICT,			/* 38 */
	BPF_SK_REUSEPORT_SELECT,		/* 39 */
	BPF_SK_REUSEPORT_SELECT_OR_MIGRATE,	/* 40 */
	BPF_PERF_EVENT,				/* 41 */
	BPF_TRACE_KPROBE_MULTI,			/* 42 */
	BPF_LSM_CGROUP,				/* 43 */
	BPF_STRUCT_OPS,				/* 44 */
	BPF_NETFILTER,				/* 45 */
	BPF_TCX_INGRESS,			/* 46 */
	BPF_TCX_EGRESS,				/* 47 */
	BPF_TRACE_UPROBE_MULTI,			/* 48 */
	BPF_CGROUP_UNIX_CONNECT,		/* 49 */
	BPF_CGROUP_UNIX_SENDMSG,		/* 50 */
	BPF_CGROUP_UNIX_RECVMSG,		/* 51 */
	BPF_CGROUP_UNIX_GETPEERNAME,		/* 52 */
	BPF_CGROUP_UNIX_GETSOCKNAME,		/* 53 */
	BPF_NETKIT_PRIMARY,			/* 54 */
	BPF_NETKIT_PEER,			/* 55 */
	BPF_TRACE_KPROBE_SESSION,		/* 56 */
	BPF_TRACE_UPROBE_SESSION,		/* 57 */
	__MAX_BPF_ATTACH_TYPE
};
#define MAX_BPF_ATTACH_TYPE __MAX_BPF_ATTACH_TYPE

enum bpf_link_type {
	BPF_LINK_TYPE_UNSPEC = 0,
	BPF_LINK_TYPE_RAW_TRACEPOINT = 1,
	BPF_LINK_TYPE_TRACING = 2,
	BPF_LINK_TYPE_CGROUP = 3,
	BPF_LINK_TYPE_ITER = 4,
	BPF_LINK_TYPE_NETNS = 5,
	BPF_LINK_TYPE_XDP = 6,
	BPF_LINK_TYPE_PERF_EVENT = 7,
	BPF_LINK_TYPE_KPROBE_MULTI = 8,
	BPF_LINK_TYPE_STRUCT_OPS = 9,
	BPF_LINK_TYPE_NETFILTER = 10,
	BPF_LINK_TYPE_TCX = 11,
	BPF_LINK_TYPE_UPROBE_MULTI = 12,
	BPF_LINK_TYPE_NETKIT = 13,
	BPF_LINK_TYPE_SOCKMAP = 14,
	__MAX_BPF_LINK_TYPE,
};
#define MAX_BPF_LINK_TYPE __MAX_BPF_LINK_TYPE

enum bpf_perf_event_type {
	BPF_PERF_EVENT_UNSPEC = 0,
	BPF_PERF_EVENT_UPROBE = 1,
	BPF_PERF_EVENT_URETPROBE = 2,
	BPF_PERF_EVENT_KPROBE = 3,
	BPF_PERF_EVENT_KRETPROBE = 4,
	BPF_PERF_EVENT_TRACEPOINT = 5,
	BPF_PERF_EVENT_EVENT = 6,
};

/* ------------------------------------------------------------------ */
/* Syscall-side flags (attach, load, query).                           */
/* ------------------------------------------------------------------ */

#define BPF_F_ALLOW_OVERRIDE	(1U << 0)
#define BPF_F_ALLOW_MULTI	(1U << 1)
#define BPF_F_REPLACE		(1U << 2)
#define BPF_F_BEFORE		(1U << 3)
#define BPF_F_AFTER		(1U << 4)
#define BPF_F_ID		(1U << 5)
#define BPF_F_PREORDER		(1U << 6)

#define BPF_F_STRICT_ALIGNMENT	(1U << 0)
#define BPF_F_ANY_ALIGNMENT	(1U << 1)
#define BPF_F_TEST_RND_HI32	(1U << 2)
#define BPF_F_TEST_STATE_FREQ	(1U << 3)
#define BPF_F_SLEEPABLE		(1U << 4)
#define BPF_F_XDP_HAS_FRAGS	(1U << 5)
#define BPF_F_XDP_DEV_BOUND_ONLY (1U << 6)
#define BPF_F_TEST_REG_INVARIANTS (1U << 7)

#define BPF_F_NETFILTER_IP_DEFRAG (1U << 0)

#define BPF_PSEUDO_MAP_FD	1
#define BPF_PSEUDO_MAP_IDX	5
#define BPF_PSEUDO_MAP_VALUE	2
#define BPF_PSEUDO_MAP_IDX_VALUE 6
#define BPF_PSEUDO_BTF_ID	3
#define BPF_PSEUDO_FUNC		4
#define BPF_PSEUDO_CALL		1
#define BPF_PSEUDO_KFUNC_CALL	2

#define BPF_F_QUERY_EFFECTIVE	(1U << 0)

#define BPF_F_TEST_RUN_ON_CPU	(1U << 0)
#define BPF_F_TEST_XDP_LIVE_FRAMES (1U << 1)
#define BPF_F_TEST_SKB_CHECKSUM_COMPLETE (1U << 2)

#define BPF_OBJ_NAME_LEN	16U
#define BPF_TAG_SIZE		8
#define BPF_BUILD_ID_SIZE	20
#define XDP_PACKET_HEADROOM	256

/* ------------------------------------------------------------------ */
/* Map update flags (bpf_map_update_elem and friends).                 */
/* ------------------------------------------------------------------ */

#define BPF_ANY		0	/* create new element or update existing */
#define BPF_NOEXIST	1	/* create new element if it didn't exist */
#define BPF_EXIST	2	/* update existing element */
#define BPF_F_LOCK	4	/* spin_lock-ed map_lookup/map_update */

/* ------------------------------------------------------------------ */
/* Map creation flags (map_flags).                                     */
/* ------------------------------------------------------------------ */

#define BPF_F_NO_PREALLOC	(1U << 0)
#define BPF_F_NO_COMMON_LRU	(1U << 1)
#define BPF_F_NUMA_NODE		(1U << 2)
#define BPF_F_RDONLY		(1U << 3)
#define BPF_F_WRONLY		(1U << 4)
#define BPF_F_STACK_BUILD_ID	(1U << 5)
#define BPF_F_ZERO_SEED		(1U << 6)
#define BPF_F_RDONLY_PROG	(1U << 7)
#define BPF_F_WRONLY_PROG	(1U << 8)
#define BPF_F_CLONE		(1U << 9)
#define BPF_F_MMAPABLE		(1U << 10)
#define BPF_F_PRESERVE_ELEMS	(1U << 11)
#define BPF_F_INNER_MAP		(1U << 12)
#define BPF_F_LINK		(1U << 13)
#define BPF_F_PATH_FD		(1U << 14)
#define BPF_F_VTYPE_BTF_OBJ_FD	(1U << 15)
#define BPF_F_TOKEN_FD		(1U << 16)
#define BPF_F_SEGV_ON_FAULT	(1U << 17)
#define BPF_F_NO_USER_CONV	(1U << 18)

#define BPF_F_KPROBE_MULTI_RETURN (1U << 0)
#define BPF_F_UPROBE_MULTI_RETURN (1U << 0)

enum bpf_stats_type {
	BPF_STATS_RUN_TIME = 0,
};

enum bpf_stack_build_id_status {
	BPF_STACK_BUILD_ID_EMPTY = 0,	/* empty entry: end of a trace */
	BPF_STACK_BUILD_ID_VALID = 1,	/* valid build_id and offset */
	BPF_STACK_BUILD_ID_IP = 2,	/* no build_id, fell back to ip */
};

struct bpf_stack_build_id {
	__s32		status;
	unsigned char	build_id[BPF_BUILD_ID_SIZE];
	union {
		__u64	offset;
		__u64	ip;
	};
};

/* ------------------------------------------------------------------ */
/* Helper flags.                                                       */
/* ------------------------------------------------------------------ */

/* bpf_skb_store_bytes */
#define BPF_F_RECOMPUTE_CSUM		(1ULL << 0)
#define BPF_F_INVALIDATE_HASH		(1ULL << 1)

/* bpf_l3_csum_replace, bpf_l4_csum_replace */
#define BPF_F_HDR_FIELD_MASK		0xfULL

/* bpf_l4_csum_replace */
#define BPF_F_PSEUDO_HDR		(1ULL << 4)
#define BPF_F_MARK_MANGLED_0		(1ULL << 5)
#define BPF_F_MARK_ENFORCE		(1ULL << 6)
#define BPF_F_IPV6			(1ULL << 7)

/* bpf_clone_redirect, bpf_redirect, bpf_redirect_map ... */
#define BPF_F_INGRESS			(1ULL << 0)
#define BPF_F_BROADCAST			(1ULL << 3)
#define BPF_F_EXCLUDE_INGRESS		(1ULL << 4)

/* bpf_skb_set_tunnel_key, bpf_skb_get_tunnel_key */
#define BPF_F_TUNINFO_IPV6		(1ULL << 0)

/* bpf_get_stackid, bpf_get_stack */
#define BPF_F_SKIP_FIELD_MASK		0xffULL
#define BPF_F_USER_STACK		(1ULL << 8)
#define BPF_F_FAST_STACK_CMP		(1ULL << 9)
#define BPF_F_REUSE_STACKID		(1ULL << 10)
#define BPF_F_USER_BUILD_ID		(1ULL << 11)

/* bpf_skb_set_tunnel_key */
#define BPF_F_ZERO_CSUM_TX		(1ULL << 1)
#define BPF_F_DONT_FRAGMENT		(1ULL << 2)
#define BPF_F_SEQ_NUMBER		(1ULL << 3)
#define BPF_F_NO_TUNNEL_KEY		(1ULL << 4)

/* bpf_skb_get_tunnel_key */
#define BPF_F_TUNINFO_FLAGS		(1ULL << 4)

/* bpf_perf_event_output, bpf_perf_event_read, bpf_perf_event_read_value */
#define BPF_F_INDEX_MASK		0xffffffffULL
#define BPF_F_CURRENT_CPU		BPF_F_INDEX_MASK
/* bpf_perf_event_output for sk_buff input context */
#define BPF_F_CTXLEN_MASK		(0xfffffULL << 32)

/* bpf_sk_lookup_tcp, bpf_sk_lookup_udp, bpf_skc_lookup_tcp: netns id */
#define BPF_F_CURRENT_NETNS		(-1L)

/* bpf_csum_level level values */
enum {
	BPF_CSUM_LEVEL_QUERY,
	BPF_CSUM_LEVEL_INC,
	BPF_CSUM_LEVEL_DEC,
	BPF_CSUM_LEVEL_RESET,
};

/* bpf_skb_adjust_room */
#define BPF_F_ADJ_ROOM_FIXED_GSO	(1ULL << 0)
#define BPF_F_ADJ_ROOM_ENCAP_L3_IPV4	(1ULL << 1)
#define BPF_F_ADJ_ROOM_ENCAP_L3_IPV6	(1ULL << 2)
#define BPF_F_ADJ_ROOM_ENCAP_L4_GRE	(1ULL << 3)
#define BPF_F_ADJ_ROOM_ENCAP_L4_UDP	(1ULL << 4)
#define BPF_F_ADJ_ROOM_NO_CSUM_RESET	(1ULL << 5)
#define BPF_F_ADJ_ROOM_ENCAP_L2_ETH	(1ULL << 6)
#define BPF_F_ADJ_ROOM_DECAP_L3_IPV4	(1ULL << 7)
#define BPF_F_ADJ_ROOM_DECAP_L3_IPV6	(1ULL << 8)

#define BPF_ADJ_ROOM_ENCAP_L2_MASK	0xff
#define BPF_ADJ_ROOM_ENCAP_L2_SHIFT	56

#define BPF_F_ADJ_ROOM_ENCAP_L2(len) \
	(((__u64)(len) & BPF_ADJ_ROOM_ENCAP_L2_MASK) << BPF_ADJ_ROOM_ENCAP_L2_SHIFT)

/* bpf_sysctl_get_name */
#define BPF_F_SYSCTL_BASE_NAME		(1ULL << 0)

/* bpf_{sk,inode,task,cgrp}_storage_get */
#define BPF_LOCAL_STORAGE_GET_F_CREATE	(1ULL << 0)
#define BPF_SK_STORAGE_GET_F_CREATE	BPF_LOCAL_STORAGE_GET_F_CREATE

/* bpf_read_branch_records */
#define BPF_F_GET_BRANCH_RECORDS_SIZE	(1ULL << 0)

/* bpf_ringbuf_output, bpf_ringbuf_submit, bpf_ringbuf_discard */
#define BPF_RB_NO_WAKEUP		(1ULL << 0)
#define BPF_RB_FORCE_WAKEUP		(1ULL << 1)

/* bpf_ringbuf_query */
#define BPF_RB_AVAIL_DATA		0
#define BPF_RB_RING_SIZE		1
#define BPF_RB_CONS_POS			2
#define BPF_RB_PROD_POS			3

/* ring buffer record header bits */
#define BPF_RINGBUF_BUSY_BIT		(1U << 31)
#define BPF_RINGBUF_DISCARD_BIT		(1U << 30)
#define BPF_RINGBUF_HDR_SZ		8

/* bpf_sk_assign */
#define BPF_SK_LOOKUP_F_REPLACE		(1ULL << 0)
#define BPF_SK_LOOKUP_F_NO_REUSEPORT	(1ULL << 1)

/* bpf_bprm_opts_set */
#define BPF_F_BPRM_SECUREEXEC		(1ULL << 0)

/* bpf_timer_start */
#define BPF_F_TIMER_ABS			(1ULL << 0)
#define BPF_F_TIMER_CPU_PIN		(1ULL << 1)

/* bpf_load_hdr_opt */
#define BPF_LOAD_HDR_OPT_TCP_SYN	(1ULL << 0)

/* bpf_skb_adjust_room mode */
enum bpf_adj_room_mode {
	BPF_ADJ_ROOM_NET,
	BPF_ADJ_ROOM_MAC,
};

/* bpf_skb_load_bytes_relative start_header */
enum bpf_hdr_start_off {
	BPF_HDR_START_MAC,
	BPF_HDR_START_NET,
};

/* bpf_lwt_push_encap type */
enum bpf_lwt_encap_mode {
	BPF_LWT_ENCAP_SEG6,
	BPF_LWT_ENCAP_SEG6_INLINE,
	BPF_LWT_ENCAP_IP,
};

/* __sk_buff->tstamp_type, bpf_skb_set_tstamp */
enum {
	BPF_SKB_TSTAMP_UNSPEC = 0,
	BPF_SKB_TSTAMP_DELIVERY_MONO = 1,
	BPF_SKB_CLOCK_REALTIME = 0,
	BPF_SKB_CLOCK_MONOTONIC = 1,
	BPF_SKB_CLOCK_TAI = 2,
};

/* ------------------------------------------------------------------ */
/* Program return codes.                                               */
/* ------------------------------------------------------------------ */

enum xdp_action {
	XDP_ABORTED = 0,
	XDP_DROP,
	XDP_PASS,
	XDP_TX,
	XDP_REDIRECT,
};

enum sk_action {
	SK_DROP = 0,
	SK_PASS,
};

/* tc classifier/action verdicts (also in uapi/linux/pkt_cls.h). */
#ifndef __BCCC_TC_ACT_DEFINED
#define __BCCC_TC_ACT_DEFINED
#define TC_ACT_UNSPEC		(-1)
#define TC_ACT_OK		0
#define TC_ACT_RECLASSIFY	1
#define TC_ACT_SHOT		2
#define TC_ACT_PIPE		3
#define TC_ACT_STOLEN		4
#define TC_ACT_QUEUED		5
#define TC_ACT_REPEAT		6
#define TC_ACT_REDIRECT		7
#define TC_ACT_TRAP		8
#define TC_ACT_VALUE_MAX	TC_ACT_TRAP
#define __TC_ACT_EXT_SHIFT	28
#define __TC_ACT_EXT(local)	((local) << __TC_ACT_EXT_SHIFT)
#define TC_ACT_EXT_VAL_MASK	((1 << __TC_ACT_EXT_SHIFT) - 1)
#define TC_ACT_EXT_OPCODE(combined) ((combined) & (~TC_ACT_EXT_VAL_MASK))
#define TC_ACT_EXT_CMP(combined, opcode) (TC_ACT_EXT_OPCODE(combined) == opcode)
#define TC_ACT_JUMP		__TC_ACT_EXT(1)
#define TC_ACT_GOTO_CHAIN	__TC_ACT_EXT(2)
#define TC_ACT_EXT_OPCODE_MAX	TC_ACT_GOTO_CHAIN
#endif

/* BPF_PROG_TYPE_LWT_* and flow dissector return codes */
enum bpf_ret_code {
	BPF_OK = 0,
	BPF_DROP = 2,
	BPF_REDIRECT = 7,
	BPF_LWT_REROUTE = 128,
	BPF_FLOW_DISSECTOR_CONTINUE = 129,
};

/* tcx program return codes */
enum tcx_action_base {
	TCX_NEXT	= -1,
	TCX_PASS	= 0,
	TCX_DROP	= 2,
	TCX_REDIRECT	= 7,
};

/* ------------------------------------------------------------------ */
/* Program contexts.                                                   */
/* ------------------------------------------------------------------ */

struct bpf_flow_keys;
struct bpf_sock;

/* Context of socket filter, tc, cgroup skb, lwt, sk_skb programs. */
struct __sk_buff {
	__u32 len;
	__u32 pkt_type;
	__u32 mark;
	__u32 queue_mapping;
	__u32 protocol;
	__u32 vlan_present;
	__u32 vlan_tci;
	__u32 vlan_proto;
	__u32 priority;
	__u32 ingress_ifindex;
	__u32 ifindex;
	__u32 tc_index;
	__u32 cb[5];
	__u32 hash;
	__u32 tc_classid;
	__u32 data;
	__u32 data_end;
	__u32 napi_id;

	/* Accessed by BPF_PROG_TYPE_SK_SKB from here ... */
	__u32 family;
	__u32 remote_ip4;	/* network byte order */
	__u32 local_ip4;	/* network byte order */
	__u32 remote_ip6[4];	/* network byte order */
	__u32 local_ip6[4];	/* network byte order */
	__u32 remote_port;	/* network byte order */
	__u32 local_port;	/* host byte order */
	/* ... to here. */

	__u32 data_meta;
	__bpf_md_ptr(struct bpf_flow_keys *, flow_keys);
	__u64 tstamp;
	__u32 wire_len;
	__u32 gso_segs;
	__bpf_md_ptr(struct bpf_sock *, sk);
	__u32 gso_size;
	__u8  tstamp_type;
	__u32 :24;		/* padding */
	__u64 hwtstamp;
};

struct bpf_tunnel_key {
	__u32 tunnel_id;
	union {
		__u32 remote_ipv4;
		__u32 remote_ipv6[4];
	};
	__u8 tunnel_tos;
	__u8 tunnel_ttl;
	union {
		__u16 tunnel_ext;	/* compat */
		__be16 tunnel_flags;
	};
	__u32 tunnel_label;
	union {
		__u32 local_ipv4;
		__u32 local_ipv6[4];
	};
};

/* Result of bpf_skb_get_xfrm_state. */
struct bpf_xfrm_state {
	__u32 reqid;
	__u32 spi;		/* network byte order */
	__u16 family;
	__u16 ext;		/* padding */
	union {
		__u32 remote_ipv4;	/* network byte order */
		__u32 remote_ipv6[4];	/* network byte order */
	};
};

struct bpf_sock {
	__u32 bound_dev_if;
	__u32 family;
	__u32 type;
	__u32 protocol;
	__u32 mark;
	__u32 priority;
	/* IP addresses also allow 1 and 2 byte access */
	__u32 src_ip4;
	__u32 src_ip6[4];
	__u32 src_port;		/* host byte order */
	__be16 dst_port;	/* network byte order */
	__u16 :16;		/* zero padding */
	__u32 dst_ip4;
	__u32 dst_ip6[4];
	__u32 state;
	__s32 rx_queue_mapping;
};

struct bpf_tcp_sock {
	__u32 snd_cwnd;
	__u32 srtt_us;		/* smoothed round trip time << 3, usecs */
	__u32 rtt_min;
	__u32 snd_ssthresh;
	__u32 rcv_nxt;
	__u32 snd_nxt;
	__u32 snd_una;
	__u32 mss_cache;
	__u32 ecn_flags;
	__u32 rate_delivered;
	__u32 rate_interval_us;
	__u32 packets_out;
	__u32 retrans_out;
	__u32 total_retrans;
	__u32 segs_in;
	__u32 data_segs_in;
	__u32 segs_out;
	__u32 data_segs_out;
	__u32 lost_out;
	__u32 sacked_out;
	__u64 bytes_received;
	__u64 bytes_acked;
	__u32 dsack_dups;
	__u32 delivered;
	__u32 delivered_ce;
	__u32 icsk_retransmits;
};

/* Argument of bpf_sk_lookup_tcp/udp, bpf_skc_lookup_tcp. */
struct bpf_sock_tuple {
	union {
		struct {
			__be32 saddr;
			__be32 daddr;
			__be16 sport;
			__be16 dport;
		} ipv4;
		struct {
			__be32 saddr[4];
			__be32 daddr[4];
			__be16 sport;
			__be16 dport;
		} ipv6;
	};
};

struct bpf_xdp_sock {
	__u32 queue_id;
};

/* Context of XDP programs. */
struct xdp_md {
	__u32 data;
	__u32 data_end;
	__u32 data_meta;
	/* Below accesses go through struct xdp_rxq_info */
	__u32 ingress_ifindex;	/* rxq->dev->ifindex */
	__u32 rx_queue_index;	/* rxq->queue_index */
	__u32 egress_ifindex;	/* txq->dev->ifindex */
};

/* Values of BPF_MAP_TYPE_DEVMAP(_HASH) and BPF_MAP_TYPE_CPUMAP. */
struct bpf_devmap_val {
	__u32 ifindex;
	union {
		int   fd;
		__u32 id;
	} bpf_prog;
};

struct bpf_cpumap_val {
	__u32 qsize;
	union {
		int   fd;
		__u32 id;
	} bpf_prog;
};

/* Context of BPF_PROG_TYPE_SK_MSG programs. */
struct sk_msg_md {
	__bpf_md_ptr(void *, data);
	__bpf_md_ptr(void *, data_end);

	__u32 family;
	__u32 remote_ip4;	/* network byte order */
	__u32 local_ip4;	/* network byte order */
	__u32 remote_ip6[4];	/* network byte order */
	__u32 local_ip6[4];	/* network byte order */
	__u32 remote_port;	/* network byte order */
	__u32 local_port;	/* host byte order */
	__u32 size;		/* total size of sk_msg */

	__bpf_md_ptr(struct bpf_sock *, sk);
};

/* Context of BPF_PROG_TYPE_SK_REUSEPORT programs. */
struct sk_reuseport_md {
	__bpf_md_ptr(void *, data);
	__bpf_md_ptr(void *, data_end);
	__u32 len;
	__u32 eth_protocol;
	__u32 ip_protocol;
	__u32 bind_inany;
	__u32 hash;
	__bpf_md_ptr(struct bpf_sock *, sk);
	__bpf_md_ptr(struct bpf_sock *, migrating_sk);
};

/* Context of BPF_PROG_TYPE_CGROUP_SOCK_ADDR programs. */
struct bpf_sock_addr {
	__u32 user_family;
	__u32 user_ip4;		/* network byte order */
	__u32 user_ip6[4];	/* network byte order */
	__u32 user_port;	/* network byte order */
	__u32 family;
	__u32 type;
	__u32 protocol;
	__u32 msg_src_ip4;	/* network byte order */
	__u32 msg_src_ip6[4];	/* network byte order */
	__bpf_md_ptr(struct bpf_sock *, sk);
};

/* Context of BPF_PROG_TYPE_SOCK_OPS programs. */
struct bpf_sock_ops {
	__u32 op;
	union {
		__u32 args[4];		/* optionally passed to the program */
		__u32 reply;		/* returned by the program */
		__u32 replylong[4];	/* optionally returned by the program */
	};
	__u32 family;
	__u32 remote_ip4;	/* network byte order */
	__u32 local_ip4;	/* network byte order */
	__u32 remote_ip6[4];	/* network byte order */
	__u32 local_ip6[4];	/* network byte order */
	__u32 remote_port;	/* network byte order */
	__u32 local_port;	/* host byte order */
	__u32 is_fullsock;	/* some TCP fields are only valid if set */
	__u32 snd_cwnd;
	__u32 srtt_us;		/* smoothed RTT << 3, usecs */
	__u32 bpf_sock_ops_cb_flags;
	__u32 state;
	__u32 rtt_min;
	__u32 snd_ssthresh;
	__u32 rcv_nxt;
	__u32 snd_nxt;
	__u32 snd_una;
	__u32 mss_cache;
	__u32 ecn_flags;
	__u32 rate_delivered;
	__u32 rate_interval_us;
	__u32 packets_out;
	__u32 retrans_out;
	__u32 total_retrans;
	__u32 segs_in;
	__u32 data_segs_in;
	__u32 segs_out;
	__u32 data_segs_out;
	__u32 lost_out;
	__u32 sacked_out;
	__u32 sk_txhash;
	__u64 bytes_received;
	__u64 bytes_acked;
	__bpf_md_ptr(struct bpf_sock *, sk);
	/* [skb_data, skb_data_end) covers the whole TCP header. */
	__bpf_md_ptr(void *, skb_data);
	__bpf_md_ptr(void *, skb_data_end);
	__u32 skb_len;		/* total packet length */
	__u32 skb_tcp_flags;	/* tcp_flags of the header */
	__u64 skb_hwtstamp;
};

/* bpf_sock_ops_cb_flags */
enum {
	BPF_SOCK_OPS_RTO_CB_FLAG	= (1 << 0),
	BPF_SOCK_OPS_RETRANS_CB_FLAG	= (1 << 1),
	BPF_SOCK_OPS_STATE_CB_FLAG	= (1 << 2),
	BPF_SOCK_OPS_RTT_CB_FLAG	= (1 << 3),
	BPF_SOCK_OPS_PARSE_ALL_HDR_OPT_CB_FLAG	= (1 << 4),
	BPF_SOCK_OPS_PARSE_UNKNOWN_HDR_OPT_CB_FLAG = (1 << 5),
	BPF_SOCK_OPS_WRITE_HDR_OPT_CB_FLAG = (1 << 6),
	BPF_SOCK_OPS_ALL_CB_FLAGS	= 0x7F,
};

enum {
	SK_BPF_CB_TX_TIMESTAMPING	= 1 << 0,
	SK_BPF_CB_MASK			= (SK_BPF_CB_TX_TIMESTAMPING - 1) |
					  SK_BPF_CB_TX_TIMESTAMPING
};

/* bpf_sock_ops->op */
enum {
	BPF_SOCK_OPS_VOID,
	BPF_SOCK_OPS_TIMEOUT_INIT,
	BPF_SOCK_OPS_RWND_INIT,
	BPF_SOCK_OPS_TCP_CONNECT_CB,
	BPF_SOCK_OPS_ACTIVE_ESTABLISHED_CB,
	BPF_SOCK_OPS_PASSIVE_ESTABLISHED_CB,
	BPF_SOCK_OPS_NEEDS_ECN,
	BPF_SOCK_OPS_BASE_RTT,
	BPF_SOCK_OPS_RTO_CB,
	BPF_SOCK_OPS_RETRANS_CB,
	BPF_SOCK_OPS_STATE_CB,
	BPF_SOCK_OPS_TCP_LISTEN_CB,
	BPF_SOCK_OPS_RTT_CB,
	BPF_SOCK_OPS_PARSE_HDR_OPT_CB,
	BPF_SOCK_OPS_HDR_OPT_LEN_CB,
	BPF_SOCK_OPS_WRITE_HDR_OPT_CB,
	BPF_SOCK_OPS_TSTAMP_SCHED_CB,
	BPF_SOCK_OPS_TSTAMP_SND_SW_CB,
	BPF_SOCK_OPS_TSTAMP_SND_HW_CB,
	BPF_SOCK_OPS_TSTAMP_ACK_CB,
	BPF_SOCK_OPS_TSTAMP_SENDMSG_CB,
};

/* TCP states as seen by BPF (same values as the kernel's TCP_*). */
enum {
	BPF_TCP_ESTABLISHED = 1,
	BPF_TCP_SYN_SENT,
	BPF_TCP_SYN_RECV,
	BPF_TCP_FIN_WAIT1,
	BPF_TCP_FIN_WAIT2,
	BPF_TCP_TIME_WAIT,
	BPF_TCP_CLOSE,
	BPF_TCP_CLOSE_WAIT,
	BPF_TCP_LAST_ACK,
	BPF_TCP_LISTEN,
	BPF_TCP_CLOSING,
	BPF_TCP_NEW_SYN_RECV,
	BPF_TCP_BOUND_INACTIVE,
	BPF_TCP_MAX_STATES
};

/* bpf_setsockopt/bpf_getsockopt TCP-level options only BPF has. */
enum {
	TCP_BPF_IW		= 1001,
	TCP_BPF_SNDCWND_CLAMP	= 1002,
	TCP_BPF_DELACK_MAX	= 1003,
	TCP_BPF_RTO_MIN		= 1004,
	TCP_BPF_SYN		= 1005,
	TCP_BPF_SYN_IP		= 1006,
	TCP_BPF_SYN_MAC		= 1007,
	TCP_BPF_SOCK_OPS_CB_FLAGS = 1008,
	SK_BPF_CB_FLAGS		= 1009,
};

enum {
	BPF_WRITE_HDR_TCP_CURRENT_MSS = 1,
	BPF_WRITE_HDR_TCP_SYNACK_COOKIE = 2,
};

/* Result of bpf_perf_event_read_value / bpf_perf_prog_read_value. */
struct bpf_perf_event_value {
	__u64 counter;
	__u64 enabled;
	__u64 running;
};

enum {
	BPF_DEVCG_ACC_MKNOD	= (1ULL << 0),
	BPF_DEVCG_ACC_READ	= (1ULL << 1),
	BPF_DEVCG_ACC_WRITE	= (1ULL << 2),
};

enum {
	BPF_DEVCG_DEV_BLOCK	= (1ULL << 0),
	BPF_DEVCG_DEV_CHAR	= (1ULL << 1),
};

/* Context of BPF_PROG_TYPE_CGROUP_DEVICE programs. */
struct bpf_cgroup_dev_ctx {
	/* access_type encoded as (BPF_DEVCG_ACC_* << 16) | BPF_DEVCG_DEV_* */
	__u32 access_type;
	__u32 major;
	__u32 minor;
};

/* Context of BPF_PROG_TYPE_RAW_TRACEPOINT programs. */
struct bpf_raw_tracepoint_args {
	__u64 args[0];
};

/* ------------------------------------------------------------------ */
/* bpf_fib_lookup, bpf_redirect_neigh, bpf_check_mtu.                  */
/* ------------------------------------------------------------------ */

#define BPF_FIB_LOOKUP_DIRECT		(1U << 0)
#define BPF_FIB_LOOKUP_OUTPUT		(1U << 1)
#define BPF_FIB_LOOKUP_SKIP_NEIGH	(1U << 2)
#define BPF_FIB_LOOKUP_TBID		(1U << 3)
#define BPF_FIB_LOOKUP_SRC		(1U << 4)
#define BPF_FIB_LOOKUP_MARK		(1U << 5)

enum {
	BPF_FIB_LKUP_RET_SUCCESS,	/* lookup successful */
	BPF_FIB_LKUP_RET_BLACKHOLE,	/* dest is blackholed; can be dropped */
	BPF_FIB_LKUP_RET_UNREACHABLE,	/* dest is unreachable; can be dropped */
	BPF_FIB_LKUP_RET_PROHIBIT,	/* dest not allowed; can be dropped */
	BPF_FIB_LKUP_RET_NOT_FWDED,	/* packet is not forwarded */
	BPF_FIB_LKUP_RET_FWD_DISABLED,	/* forwarding is not enabled */
	BPF_FIB_LKUP_RET_UNSUPP_LWT,	/* fwd requires encapsulation */
	BPF_FIB_LKUP_RET_NO_NEIGH,	/* no neighbor entry for nh */
	BPF_FIB_LKUP_RET_FRAG_NEEDED,	/* fragmentation required to fwd */
	BPF_FIB_LKUP_RET_NO_SRC_ADDR,	/* failed to derive IP src addr */
};

struct bpf_fib_lookup {
	/* input: AF_INET or AF_INET6; output: family of egress nexthop */
	__u8	family;

	/* set if lookup is to consider L4 data - e.g., FIB rules */
	__u8	l4_protocol;
	__be16	sport;
	__be16	dport;

	union {	/* used for MTU check */
		/* input to lookup */
		__u16	tot_len;	/* L3 length from network header */
		/* output: MTU value */
		__u16	mtu_result;
	} __attribute__((packed, aligned(2)));

	/* input: L3 device index for lookup; output: egress device index */
	__u32	ifindex;

	union {
		/* inputs to lookup */
		__u8	tos;		/* AF_INET */
		__be32	flowinfo;	/* AF_INET6, flow_label + priority */
		/* output: metric of fib result (IPv4/IPv6 only) */
		__u32	rt_metric;
	};

	/* input: source address to consider; output: source address result */
	union {
		__be32	ipv4_src;
		__u32	ipv6_src[4];	/* in6_addr; network order */
	};

	/* input: destination address; output: gateway address, if any */
	union {
		__be32	ipv4_dst;
		__u32	ipv6_dst[4];	/* in6_addr; network order */
	};

	union {
		struct {
			/* output */
			__be16	h_vlan_proto;
			__be16	h_vlan_TCI;
		};
		/* input with BPF_FIB_LOOKUP_DIRECT | BPF_FIB_LOOKUP_TBID */
		__u32	tbid;
	};

	union {
		/* input */
		struct {
			__u32	mark;	/* policy routing */
			/* 2 4-byte holes for input */
		};
		/* output: source and destination MAC */
		struct {
			__u8	smac[6];	/* ETH_ALEN */
			__u8	dmac[6];	/* ETH_ALEN */
		};
	};
};

struct bpf_redir_neigh {
	/* network family for lookup (AF_INET, AF_INET6) */
	__u32 nh_family;
	/* network address of nexthop; skips fib lookup to find gateway */
	union {
		__be32	ipv4_nh;
		__u32	ipv6_nh[4];	/* in6_addr; network order */
	};
};

/* bpf_check_mtu flags */
enum bpf_check_mtu_flags {
	BPF_MTU_CHK_SEGS  = (1U << 0),
};

enum bpf_check_mtu_ret {
	BPF_MTU_CHK_RET_SUCCESS,	/* check and lookup successful */
	BPF_MTU_CHK_RET_FRAG_NEEDED,	/* fragmentation required to fwd */
	BPF_MTU_CHK_RET_SEGS_TOOBIG,	/* GSO re-segmentation needed to fwd */
};

enum bpf_task_fd_type {
	BPF_FD_TYPE_RAW_TRACEPOINT,	/* tp name */
	BPF_FD_TYPE_TRACEPOINT,		/* tp name */
	BPF_FD_TYPE_KPROBE,		/* (symbol + offset) or addr */
	BPF_FD_TYPE_KRETPROBE,		/* (symbol + offset) or addr */
	BPF_FD_TYPE_UPROBE,		/* filename + offset */
	BPF_FD_TYPE_URETPROBE,		/* filename + offset */
};

/* ------------------------------------------------------------------ */
/* Flow dissector.                                                     */
/* ------------------------------------------------------------------ */

#define BPF_FLOW_DISSECTOR_F_PARSE_1ST_FRAG	(1U << 0)
#define BPF_FLOW_DISSECTOR_F_STOP_AT_FLOW_LABEL	(1U << 1)
#define BPF_FLOW_DISSECTOR_F_STOP_AT_ENCAP	(1U << 2)

struct bpf_flow_keys {
	__u16	nhoff;
	__u16	thoff;
	__u16	addr_proto;		/* ETH_P_* of valid addrs */
	__u8	is_frag;
	__u8	is_first_frag;
	__u8	is_encap;
	__u8	ip_proto;
	__be16	n_proto;
	__be16	sport;
	__be16	dport;
	union {
		struct {
			__be32	ipv4_src;
			__be32	ipv4_dst;
		};
		struct {
			__u32	ipv6_src[4];	/* in6_addr; network order */
			__u32	ipv6_dst[4];	/* in6_addr; network order */
		};
	};
	__u32	flags;
	__be32	flow_label;
};

/* ------------------------------------------------------------------ */
/* Opaque kernel objects embedded in map values.                       */
/* ------------------------------------------------------------------ */

struct bpf_spin_lock {
	__u32	val;
};

struct bpf_timer {
	__u64 __opaque[2];
} __attribute__((aligned(8)));

struct bpf_wq {
	__u64 __opaque[2];
} __attribute__((aligned(8)));

struct bpf_dynptr {
	__u64 __opaque[2];
} __attribute__((aligned(8)));

struct bpf_list_head {
	__u64 __opaque[2];
} __attribute__((aligned(8)));

struct bpf_list_node {
	__u64 __opaque[3];
} __attribute__((aligned(8)));

struct bpf_rb_root {
	__u64 __opaque[2];
} __attribute__((aligned(8)));

struct bpf_rb_node {
	__u64 __opaque[4];
} __attribute__((aligned(8)));

struct bpf_refcount {
	__u32 __opaque[1];
} __attribute__((aligned(4)));

struct bpf_iter_num {
	__u64 __opaque[1];
} __attribute__((aligned(8)));

/* ------------------------------------------------------------------ */
/* Remaining contexts and helper arguments.                            */
/* ------------------------------------------------------------------ */

/* Context of BPF_PROG_TYPE_CGROUP_SYSCTL programs. */
struct bpf_sysctl {
	__u32	write;		/* sysctl is being read (= 0) or written (= 1) */
	__u32	file_pos;	/* sysctl file position to read from / write to */
};

/* Context of BPF_PROG_TYPE_CGROUP_SOCKOPT programs. */
struct bpf_sockopt {
	__bpf_md_ptr(struct bpf_sock *, sk);
	__bpf_md_ptr(void *, optval);
	__bpf_md_ptr(void *, optval_end);

	__s32	level;
	__s32	optname;
	__s32	optlen;
	__s32	retval;
};

/* Result of bpf_get_ns_current_pid_tgid. */
struct bpf_pidns_info {
	__u32 pid;
	__u32 tgid;
};

/* Context of BPF_PROG_TYPE_SK_LOOKUP programs. */
struct bpf_sk_lookup {
	union {
		__bpf_md_ptr(struct bpf_sock *, sk);	/* selected socket */
		__u64 cookie;	/* non-zero if socket selected in PROG_TEST_RUN */
	};

	__u32 family;		/* AF_INET, AF_INET6 */
	__u32 protocol;		/* IPPROTO_TCP, IPPROTO_UDP */
	__u32 remote_ip4;	/* network byte order */
	__u32 remote_ip6[4];	/* network byte order */
	__be16 remote_port;	/* network byte order */
	__u16 :16;		/* zero padding */
	__u32 local_ip4;	/* network byte order */
	__u32 local_ip6[4];	/* network byte order */
	__u32 local_port;	/* host byte order */
	__u32 ingress_ifindex;	/* the arriving interface */
};

/* Argument of bpf_snprintf_btf / bpf_seq_printf_btf. */
struct btf_ptr {
	void *ptr;
	__u32 type_id;
	__u32 flags;		/* BTF ptr flags; unused at present. */
};

enum {
	BTF_F_COMPACT	=	(1ULL << 0),
	BTF_F_NONAME	=	(1ULL << 1),
	BTF_F_PTR_RAW	=	(1ULL << 2),
	BTF_F_ZERO	=	(1ULL << 3),
};

#endif /* __BCCC_BCC_BPF_UAPI_H */
