/* bcc/helper_defs.h - BPF helper IDs and declarations for bccc.
 *
 * enum bpf_func_id numbers every helper as the kernel does (UAPI
 * <linux/bpf.h>, ___BPF_FUNC_MAPPER); the list has been frozen since
 * Linux 6.2 at cgrp_storage_delete = 211 (new functionality is kfuncs).
 *
 * Each helper is a static function pointer initialised with its ID cast to
 * a pointer; a call through it is compiled to a BPF_CALL instruction with
 * that ID as immediate.  Parameter and return types follow BCC's
 * src/cc/export/helpers.h.  bpf_trace_printk is declared as
 * bpf_trace_printk_ (the user-facing name is a macro provided elsewhere).
 *
 * Generated from a table also written to bcc/helper_ids.txt; keep the two
 * in sync.
 */
#ifndef __BCCC_BCC_HELPER_DEFS_H
#define __BCCC_BCC_HELPER_DEFS_H

#include <bcc/types.h>

enum bpf_func_id {
	BPF_FUNC_unspec = 0,
	BPF_FUNC_map_lookup_elem = 1,
	BPF_FUNC_map_update_elem = 2,
	BPF_FUNC_map_delete_elem = 3,
	BPF_FUNC_probe_read = 4,
	BPF_FUNC_ktime_get_ns = 5,
	BPF_FUNC_trace_printk = 6,
	BPF_FUNC_get_prandom_u32 = 7,
	BPF_FUNC_get_smp_processor_id = 8,
	BPF_FUNC_skb_store_bytes = 9,
	BPF_FUNC_l3_csum_replace = 10,
	BPF_FUNC_l4_csum_replace = 11,
	BPF_FUNC_tail_call = 12,
	BPF_FUNC_clone_redirect = 13,
	BPF_FUNC_get_current_pid_tgid = 14,
	BPF_FUNC_get_current_uid_gid = 15,
	BPF_FUNC_get_current_comm = 16,
	BPF_FUNC_get_cgroup_classid = 17,
	BPF_FUNC_skb_vlan_push = 18,
	BPF_FUNC_skb_vlan_pop = 19,
	BPF_FUNC_skb_get_tunnel_key = 20,
	BPF_FUNC_skb_set_tunnel_key = 21,
	BPF_FUNC_perf_event_read = 22,
	BPF_FUNC_redirect = 23,
	BPF_FUNC_get_route_realm = 24,
	BPF_FUNC_perf_event_output = 25,
	BPF_FUNC_skb_load_bytes = 26,
	BPF_FUNC_get_stackid = 27,
	BPF_FUNC_csum_diff = 28,
	BPF_FUNC_skb_get_tunnel_opt = 29,
	BPF_FUNC_skb_set_tunnel_opt = 30,
	BPF_FUNC_skb_change_proto = 31,
	BPF_FUNC_skb_change_type = 32,
	BPF_FUNC_skb_under_cgroup = 33,
	BPF_FUNC_get_hash_recalc = 34,
	BPF_FUNC_get_current_task = 35,
	BPF_FUNC_probe_write_user = 36,
	BPF_FUNC_current_task_under_cgroup = 37,
	BPF_FUNC_skb_change_tail = 38,
	BPF_FUNC_skb_pull_data = 39,
	BPF_FUNC_csum_update = 40,
	BPF_FUNC_set_hash_invalid = 41,
	BPF_FUNC_get_numa_node_id = 42,
	BPF_FUNC_skb_change_head = 43,
	BPF_FUNC_xdp_adjust_head = 44,
	BPF_FUNC_probe_read_str = 45,
	BPF_FUNC_get_socket_cookie = 46,
	BPF_FUNC_get_socket_uid = 47,
	BPF_FUNC_set_hash = 48,
	BPF_FUNC_setsockopt = 49,
	BPF_FUNC_skb_adjust_room = 50,
	BPF_FUNC_redirect_map = 51,
	BPF_FUNC_sk_redirect_map = 52,
	BPF_FUNC_sock_map_update = 53,
	BPF_FUNC_xdp_adjust_meta = 54,
	BPF_FUNC_perf_event_read_value = 55,
	BPF_FUNC_perf_prog_read_value = 56,
	BPF_FUNC_getsockopt = 57,
	BPF_FUNC_override_return = 58,
	BPF_FUNC_sock_ops_cb_flags_set = 59,
	BPF_FUNC_msg_redirect_map = 60,
	BPF_FUNC_msg_apply_bytes = 61,
	BPF_FUNC_msg_cork_bytes = 62,
	BPF_FUNC_msg_pull_data = 63,
	BPF_FUNC_bind = 64,
	BPF_FUNC_xdp_adjust_tail = 65,
	BPF_FUNC_skb_get_xfrm_state = 66,
	BPF_FUNC_get_stack = 67,
	BPF_FUNC_skb_load_bytes_relative = 68,
	BPF_FUNC_fib_lookup = 69,
	BPF_FUNC_sock_hash_update = 70,
	BPF_FUNC_msg_redirect_hash = 71,
	BPF_FUNC_sk_redirect_hash = 72,
	BPF_FUNC_lwt_push_encap = 73,
	BPF_FUNC_lwt_seg6_store_bytes = 74,
	BPF_FUNC_lwt_seg6_adjust_srh = 75,
	BPF_FUNC_lwt_seg6_action = 76,
	BPF_FUNC_rc_repeat = 77,
	BPF_FUNC_rc_keydown = 78,
	BPF_FUNC_skb_cgroup_id = 79,
	BPF_FUNC_get_current_cgroup_id = 80,
	BPF_FUNC_get_local_storage = 81,
	BPF_FUNC_sk_select_reuseport = 82,
	BPF_FUNC_skb_ancestor_cgroup_id = 83,
	BPF_FUNC_sk_lookup_tcp = 84,
	BPF_FUNC_sk_lookup_udp = 85,
	BPF_FUNC_sk_release = 86,
	BPF_FUNC_map_push_elem = 87,
	BPF_FUNC_map_pop_elem = 88,
	BPF_FUNC_map_peek_elem = 89,
	BPF_FUNC_msg_push_data = 90,
	BPF_FUNC_msg_pop_data = 91,
	BPF_FUNC_rc_pointer_rel = 92,
	BPF_FUNC_spin_lock = 93,
	BPF_FUNC_spin_unlock = 94,
	BPF_FUNC_sk_fullsock = 95,
	BPF_FUNC_tcp_sock = 96,
	BPF_FUNC_skb_ecn_set_ce = 97,
	BPF_FUNC_get_listener_sock = 98,
	BPF_FUNC_skc_lookup_tcp = 99,
	BPF_FUNC_tcp_check_syncookie = 100,
	BPF_FUNC_sysctl_get_name = 101,
	BPF_FUNC_sysctl_get_current_value = 102,
	BPF_FUNC_sysctl_get_new_value = 103,
	BPF_FUNC_sysctl_set_new_value = 104,
	BPF_FUNC_strtol = 105,
	BPF_FUNC_strtoul = 106,
	BPF_FUNC_sk_storage_get = 107,
	BPF_FUNC_sk_storage_delete = 108,
	BPF_FUNC_send_signal = 109,
	BPF_FUNC_tcp_gen_syncookie = 110,
	BPF_FUNC_skb_output = 111,
	BPF_FUNC_probe_read_user = 112,
	BPF_FUNC_probe_read_kernel = 113,
	BPF_FUNC_probe_read_user_str = 114,
	BPF_FUNC_probe_read_kernel_str = 115,
	BPF_FUNC_tcp_send_ack = 116,
	BPF_FUNC_send_signal_thread = 117,
	BPF_FUNC_jiffies64 = 118,
	BPF_FUNC_read_branch_records = 119,
	BPF_FUNC_get_ns_current_pid_tgid = 120,
	BPF_FUNC_xdp_output = 121,
	BPF_FUNC_get_netns_cookie = 122,
	BPF_FUNC_get_current_ancestor_cgroup_id = 123,
	BPF_FUNC_sk_assign = 124,
	BPF_FUNC_ktime_get_boot_ns = 125,
	BPF_FUNC_seq_printf = 126,
	BPF_FUNC_seq_write = 127,
	BPF_FUNC_sk_cgroup_id = 128,
	BPF_FUNC_sk_ancestor_cgroup_id = 129,
	BPF_FUNC_ringbuf_output = 130,
	BPF_FUNC_ringbuf_reserve = 131,
	BPF_FUNC_ringbuf_submit = 132,
	BPF_FUNC_ringbuf_discard = 133,
	BPF_FUNC_ringbuf_query = 134,
	BPF_FUNC_csum_level = 135,
	BPF_FUNC_skc_to_tcp6_sock = 136,
	BPF_FUNC_skc_to_tcp_sock = 137,
	BPF_FUNC_skc_to_tcp_timewait_sock = 138,
	BPF_FUNC_skc_to_tcp_request_sock = 139,
	BPF_FUNC_skc_to_udp6_sock = 140,
	BPF_FUNC_get_task_stack = 141,
	BPF_FUNC_load_hdr_opt = 142,
	BPF_FUNC_store_hdr_opt = 143,
	BPF_FUNC_reserve_hdr_opt = 144,
	BPF_FUNC_inode_storage_get = 145,
	BPF_FUNC_inode_storage_delete = 146,
	BPF_FUNC_d_path = 147,
	BPF_FUNC_copy_from_user = 148,
	BPF_FUNC_snprintf_btf = 149,
	BPF_FUNC_seq_printf_btf = 150,
	BPF_FUNC_skb_cgroup_classid = 151,
	BPF_FUNC_redirect_neigh = 152,
	BPF_FUNC_per_cpu_ptr = 153,
	BPF_FUNC_this_cpu_ptr = 154,
	BPF_FUNC_redirect_peer = 155,
	BPF_FUNC_task_storage_get = 156,
	BPF_FUNC_task_storage_delete = 157,
	BPF_FUNC_get_current_task_btf = 158,
	BPF_FUNC_bprm_opts_set = 159,
	BPF_FUNC_ktime_get_coarse_ns = 160,
	BPF_FUNC_ima_inode_hash = 161,
	BPF_FUNC_sock_from_file = 162,
	BPF_FUNC_check_mtu = 163,
	BPF_FUNC_for_each_map_elem = 164,
	BPF_FUNC_snprintf = 165,
	BPF_FUNC_sys_bpf = 166,
	BPF_FUNC_btf_find_by_name_kind = 167,
	BPF_FUNC_sys_close = 168,
	BPF_FUNC_timer_init = 169,
	BPF_FUNC_timer_set_callback = 170,
	BPF_FUNC_timer_start = 171,
	BPF_FUNC_timer_cancel = 172,
	BPF_FUNC_get_func_ip = 173,
	BPF_FUNC_get_attach_cookie = 174,
	BPF_FUNC_task_pt_regs = 175,
	BPF_FUNC_get_branch_snapshot = 176,
	BPF_FUNC_trace_vprintk = 177,
	BPF_FUNC_skc_to_unix_sock = 178,
	BPF_FUNC_kallsyms_lookup_name = 179,
	BPF_FUNC_find_vma = 180,
	BPF_FUNC_loop = 181,
	BPF_FUNC_strncmp = 182,
	BPF_FUNC_get_func_arg = 183,
	BPF_FUNC_get_func_ret = 184,
	BPF_FUNC_get_func_arg_cnt = 185,
	BPF_FUNC_get_retval = 186,
	BPF_FUNC_set_retval = 187,
	BPF_FUNC_xdp_get_buff_len = 188,
	BPF_FUNC_xdp_load_bytes = 189,
	BPF_FUNC_xdp_store_bytes = 190,
	BPF_FUNC_copy_from_user_task = 191,
	BPF_FUNC_skb_set_tstamp = 192,
	BPF_FUNC_ima_file_hash = 193,
	BPF_FUNC_kptr_xchg = 194,
	BPF_FUNC_map_lookup_percpu_elem = 195,
	BPF_FUNC_skc_to_mptcp_sock = 196,
	BPF_FUNC_dynptr_from_mem = 197,
	BPF_FUNC_ringbuf_reserve_dynptr = 198,
	BPF_FUNC_ringbuf_submit_dynptr = 199,
	BPF_FUNC_ringbuf_discard_dynptr = 200,
	BPF_FUNC_dynptr_read = 201,
	BPF_FUNC_dynptr_write = 202,
	BPF_FUNC_dynptr_data = 203,
	BPF_FUNC_tcp_raw_gen_syncookie_ipv4 = 204,
	BPF_FUNC_tcp_raw_gen_syncookie_ipv6 = 205,
	BPF_FUNC_tcp_raw_check_syncookie_ipv4 = 206,
	BPF_FUNC_tcp_raw_check_syncookie_ipv6 = 207,
	BPF_FUNC_ktime_get_tai_ns = 208,
	BPF_FUNC_user_ringbuf_drain = 209,
	BPF_FUNC_cgrp_storage_get = 210,
	BPF_FUNC_cgrp_storage_delete = 211,
	__BPF_FUNC_MAX_ID,
};

/* Types the helpers take or return by pointer only. */
struct __sk_buff;
struct bpf_dynptr;
struct bpf_map;
struct bpf_perf_event_data;
struct bpf_pidns_info;
struct bpf_redir_neigh;
struct bpf_sock;
struct bpf_sock_ops;
struct bpf_sock_tuple;
struct bpf_spin_lock;
struct bpf_sysctl;
struct bpf_tcp_sock;
struct bpf_timer;
struct btf_ptr;
struct cgroup;
struct file;
struct inode;
struct iphdr;
struct ipv6hdr;
struct linux_binprm;
struct mptcp_sock;
struct path;
struct seq_file;
struct sk_buff;
struct socket;
struct task_struct;
struct tcp6_sock;
struct tcp_request_sock;
struct tcp_sock;
struct tcp_timewait_sock;
struct tcphdr;
struct udp6_sock;
struct unix_sock;
struct xdp_md;

/* 1 */
static void *(*bpf_map_lookup_elem)(void *map, void *key) =
	(void *)BPF_FUNC_map_lookup_elem;
/* 2 */
static int (*bpf_map_update_elem)(void *map, void *key, void *value, u64 flags) =
	(void *)BPF_FUNC_map_update_elem;
/* 3 */
static int (*bpf_map_delete_elem)(void *map, void *key) =
	(void *)BPF_FUNC_map_delete_elem;
/* 4 */
static int (*bpf_probe_read)(void *dst, u64 size, const void *unsafe_ptr) =
	(void *)BPF_FUNC_probe_read;
/* 5 */
static u64 (*bpf_ktime_get_ns)(void) =
	(void *)BPF_FUNC_ktime_get_ns;
/* 6 */
static int (*bpf_trace_printk_)(const char *fmt, u32 fmt_size, ...) =
	(void *)BPF_FUNC_trace_printk;
/* 7 */
static u32 (*bpf_get_prandom_u32)(void) =
	(void *)BPF_FUNC_get_prandom_u32;
/* 8 */
static u64 (*bpf_get_smp_processor_id)(void) =
	(void *)BPF_FUNC_get_smp_processor_id;
/* 9 */
static int (*bpf_skb_store_bytes)(void *ctx, unsigned long long off, void *from, unsigned long long len, unsigned long long flags) =
	(void *)BPF_FUNC_skb_store_bytes;
/* 10 */
static int (*bpf_l3_csum_replace)(void *ctx, unsigned long long off, unsigned long long from, unsigned long long to, unsigned long long flags) =
	(void *)BPF_FUNC_l3_csum_replace;
/* 11 */
static int (*bpf_l4_csum_replace)(void *ctx, unsigned long long off, unsigned long long from, unsigned long long to, unsigned long long flags) =
	(void *)BPF_FUNC_l4_csum_replace;
/* 12 */
static long (*bpf_tail_call)(void *ctx, void *prog_array_map, u32 index) =
	(void *)BPF_FUNC_tail_call;
/* 13 */
static int (*bpf_clone_redirect)(void *ctx, int ifindex, u32 flags) =
	(void *)BPF_FUNC_clone_redirect;
/* 14 */
static u64 (*bpf_get_current_pid_tgid)(void) =
	(void *)BPF_FUNC_get_current_pid_tgid;
/* 15 */
static u64 (*bpf_get_current_uid_gid)(void) =
	(void *)BPF_FUNC_get_current_uid_gid;
/* 16 */
static int (*bpf_get_current_comm)(void *buf, int buf_size) =
	(void *)BPF_FUNC_get_current_comm;
/* 17 */
static u64 (*bpf_get_cgroup_classid)(void *ctx) =
	(void *)BPF_FUNC_get_cgroup_classid;
/* 18 */
static u64 (*bpf_skb_vlan_push)(void *ctx, u16 proto, u16 vlan_tci) =
	(void *)BPF_FUNC_skb_vlan_push;
/* 19 */
static u64 (*bpf_skb_vlan_pop)(void *ctx) =
	(void *)BPF_FUNC_skb_vlan_pop;
/* 20 */
static int (*bpf_skb_get_tunnel_key)(void *ctx, void *to, u32 size, u64 flags) =
	(void *)BPF_FUNC_skb_get_tunnel_key;
/* 21 */
static int (*bpf_skb_set_tunnel_key)(void *ctx, void *from, u32 size, u64 flags) =
	(void *)BPF_FUNC_skb_set_tunnel_key;
/* 22 */
static u64 (*bpf_perf_event_read)(void *map, u64 flags) =
	(void *)BPF_FUNC_perf_event_read;
/* 23 */
static int (*bpf_redirect)(int ifindex, u32 flags) =
	(void *)BPF_FUNC_redirect;
/* 24 */
static u32 (*bpf_get_route_realm)(void *ctx) =
	(void *)BPF_FUNC_get_route_realm;
/* 25 */
static int (*bpf_perf_event_output)(void *ctx, void *map, u64 index, void *data, u32 size) =
	(void *)BPF_FUNC_perf_event_output;
/* 26 */
static int (*bpf_skb_load_bytes)(void *ctx, int offset, void *to, u32 len) =
	(void *)BPF_FUNC_skb_load_bytes;
/* 27 */
static long (*bpf_get_stackid)(void *ctx, void *map, u64 flags) =
	(void *)BPF_FUNC_get_stackid;
/* 28 */
static int (*bpf_csum_diff)(void *from, u64 from_size, void *to, u64 to_size, u64 seed) =
	(void *)BPF_FUNC_csum_diff;
/* 29 */
static int (*bpf_skb_get_tunnel_opt)(void *ctx, void *md, u32 size) =
	(void *)BPF_FUNC_skb_get_tunnel_opt;
/* 30 */
static int (*bpf_skb_set_tunnel_opt)(void *ctx, void *md, u32 size) =
	(void *)BPF_FUNC_skb_set_tunnel_opt;
/* 31 */
static int (*bpf_skb_change_proto)(void *ctx, u16 proto, u64 flags) =
	(void *)BPF_FUNC_skb_change_proto;
/* 32 */
static int (*bpf_skb_change_type)(void *ctx, u32 type) =
	(void *)BPF_FUNC_skb_change_type;
/* 33 */
static int (*bpf_skb_under_cgroup)(void *ctx, void *map, int index) =
	(void *)BPF_FUNC_skb_under_cgroup;
/* 34 */
static u32 (*bpf_get_hash_recalc)(void *ctx) =
	(void *)BPF_FUNC_get_hash_recalc;
/* 35 */
static u64 (*bpf_get_current_task)(void) =
	(void *)BPF_FUNC_get_current_task;
/* 36 */
static int (*bpf_probe_write_user)(void *dst, void *src, u32 size) =
	(void *)BPF_FUNC_probe_write_user;
/* 37 */
static int (*bpf_current_task_under_cgroup)(void *map, int index) =
	(void *)BPF_FUNC_current_task_under_cgroup;
/* 38 */
static int (*bpf_skb_change_tail)(void *ctx, u32 new_len, u64 flags) =
	(void *)BPF_FUNC_skb_change_tail;
/* 39 */
static int (*bpf_skb_pull_data)(void *ctx, u32 len) =
	(void *)BPF_FUNC_skb_pull_data;
/* 40 */
static int (*bpf_csum_update)(void *ctx, u16 csum) =
	(void *)BPF_FUNC_csum_update;
/* 41 */
static int (*bpf_set_hash_invalid)(void *ctx) =
	(void *)BPF_FUNC_set_hash_invalid;
/* 42 */
static int (*bpf_get_numa_node_id)(void) =
	(void *)BPF_FUNC_get_numa_node_id;
/* 43 */
static int (*bpf_skb_change_head)(void *ctx, u32 len, u64 flags) =
	(void *)BPF_FUNC_skb_change_head;
/* 44 */
static int (*bpf_xdp_adjust_head)(void *ctx, int offset) =
	(void *)BPF_FUNC_xdp_adjust_head;
/* 45 */
static int (*bpf_probe_read_str)(void *dst, u64 size, const void *unsafe_ptr) =
	(void *)BPF_FUNC_probe_read_str;
/* 46 */
static u64 (*bpf_get_socket_cookie)(void *ctx) =
	(void *)BPF_FUNC_get_socket_cookie;
/* 47 */
static u64 (*bpf_get_socket_uid)(void *ctx) =
	(void *)BPF_FUNC_get_socket_uid;
/* 48 */
static int (*bpf_set_hash)(void *ctx, u32 hash) =
	(void *)BPF_FUNC_set_hash;
/* 49 */
static int (*bpf_setsockopt)(void *ctx, int level, int optname, void *optval, int optlen) =
	(void *)BPF_FUNC_setsockopt;
/* 50 */
static int (*bpf_skb_adjust_room)(void *ctx, int len_diff, u32 mode, u64 flags) =
	(void *)BPF_FUNC_skb_adjust_room;
/* 51 */
static int (*bpf_redirect_map)(void *map, int key, int flags) =
	(void *)BPF_FUNC_redirect_map;
/* 52 */
static int (*bpf_sk_redirect_map)(void *ctx, void *map, int key, int flags) =
	(void *)BPF_FUNC_sk_redirect_map;
/* 53 */
static int (*bpf_sock_map_update)(void *map, void *key, void *value, unsigned long long flags) =
	(void *)BPF_FUNC_sock_map_update;
/* 54 */
static int (*bpf_xdp_adjust_meta)(void *ctx, int offset) =
	(void *)BPF_FUNC_xdp_adjust_meta;
/* 55 */
static int (*bpf_perf_event_read_value)(void *map, u64 flags, void *buf, u32 buf_size) =
	(void *)BPF_FUNC_perf_event_read_value;
/* 56 */
static int (*bpf_perf_prog_read_value)(void *ctx, void *buf, u32 buf_size) =
	(void *)BPF_FUNC_perf_prog_read_value;
/* 57 */
static int (*bpf_getsockopt)(void *ctx, int level, int optname, void *optval, int optlen) =
	(void *)BPF_FUNC_getsockopt;
/* 58 */
static int (*bpf_override_return)(void *pt_regs, unsigned long rc) =
	(void *)BPF_FUNC_override_return;
/* 59 */
static int (*bpf_sock_ops_cb_flags_set)(void *skops, int flags) =
	(void *)BPF_FUNC_sock_ops_cb_flags_set;
/* 60 */
static int (*bpf_msg_redirect_map)(void *msg, void *map, u32 key, u64 flags) =
	(void *)BPF_FUNC_msg_redirect_map;
/* 61 */
static int (*bpf_msg_apply_bytes)(void *msg, u32 bytes) =
	(void *)BPF_FUNC_msg_apply_bytes;
/* 62 */
static int (*bpf_msg_cork_bytes)(void *msg, u32 bytes) =
	(void *)BPF_FUNC_msg_cork_bytes;
/* 63 */
static int (*bpf_msg_pull_data)(void *msg, u32 start, u32 end, u64 flags) =
	(void *)BPF_FUNC_msg_pull_data;
/* 64 */
static int (*bpf_bind)(void *ctx, void *addr, int addr_len) =
	(void *)BPF_FUNC_bind;
/* 65 */
static int (*bpf_xdp_adjust_tail)(void *ctx, int offset) =
	(void *)BPF_FUNC_xdp_adjust_tail;
/* 66 */
static int (*bpf_skb_get_xfrm_state)(void *ctx, u32 index, void *xfrm_state, u32 size, u64 flags) =
	(void *)BPF_FUNC_skb_get_xfrm_state;
/* 67 */
static int (*bpf_get_stack)(void *ctx, void *buf, u32 size, u64 flags) =
	(void *)BPF_FUNC_get_stack;
/* 68 */
static int (*bpf_skb_load_bytes_relative)(void *ctx, u32 offset, void *to, u32 len, u32 start_header) =
	(void *)BPF_FUNC_skb_load_bytes_relative;
/* 69 */
static int (*bpf_fib_lookup)(void *ctx, void *params, int plen, u32 flags) =
	(void *)BPF_FUNC_fib_lookup;
/* 70 */
static int (*bpf_sock_hash_update)(void *ctx, void *map, void *key, u64 flags) =
	(void *)BPF_FUNC_sock_hash_update;
/* 71 */
static int (*bpf_msg_redirect_hash)(void *ctx, void *map, void *key, u64 flags) =
	(void *)BPF_FUNC_msg_redirect_hash;
/* 72 */
static int (*bpf_sk_redirect_hash)(void *ctx, void *map, void *key, u64 flags) =
	(void *)BPF_FUNC_sk_redirect_hash;
/* 73 */
static int (*bpf_lwt_push_encap)(void *skb, u32 type, void *hdr, u32 len) =
	(void *)BPF_FUNC_lwt_push_encap;
/* 74 */
static int (*bpf_lwt_seg6_store_bytes)(void *ctx, u32 offset, const void *from, u32 len) =
	(void *)BPF_FUNC_lwt_seg6_store_bytes;
/* 75 */
static int (*bpf_lwt_seg6_adjust_srh)(void *ctx, u32 offset, s32 delta) =
	(void *)BPF_FUNC_lwt_seg6_adjust_srh;
/* 76 */
static int (*bpf_lwt_seg6_action)(void *ctx, u32 action, void *param, u32 param_len) =
	(void *)BPF_FUNC_lwt_seg6_action;
/* 77 */
static int (*bpf_rc_repeat)(void *ctx) =
	(void *)BPF_FUNC_rc_repeat;
/* 78 */
static int (*bpf_rc_keydown)(void *ctx, u32 protocol, u64 scancode, u32 toggle) =
	(void *)BPF_FUNC_rc_keydown;
/* 79 */
static u64 (*bpf_skb_cgroup_id)(void *skb) =
	(void *)BPF_FUNC_skb_cgroup_id;
/* 80 */
static u64 (*bpf_get_current_cgroup_id)(void) =
	(void *)BPF_FUNC_get_current_cgroup_id;
/* 81 */
static void *(*bpf_get_local_storage)(void *map, u64 flags) =
	(void *)BPF_FUNC_get_local_storage;
/* 82 */
static int (*bpf_sk_select_reuseport)(void *reuse, void *map, void *key, u64 flags) =
	(void *)BPF_FUNC_sk_select_reuseport;
/* 83 */
static u64 (*bpf_skb_ancestor_cgroup_id)(void *skb, int ancestor_level) =
	(void *)BPF_FUNC_skb_ancestor_cgroup_id;
/* 84 */
static struct bpf_sock *(*bpf_sk_lookup_tcp)(void *ctx, struct bpf_sock_tuple *tuple, int size, unsigned int netns_id, unsigned long long flags) =
	(void *)BPF_FUNC_sk_lookup_tcp;
/* 85 */
static struct bpf_sock *(*bpf_sk_lookup_udp)(void *ctx, struct bpf_sock_tuple *tuple, int size, unsigned int netns_id, unsigned long long flags) =
	(void *)BPF_FUNC_sk_lookup_udp;
/* 86 */
static int (*bpf_sk_release)(void *sk) =
	(void *)BPF_FUNC_sk_release;
/* 87 */
static int (*bpf_map_push_elem)(void *map, const void *value, u64 flags) =
	(void *)BPF_FUNC_map_push_elem;
/* 88 */
static int (*bpf_map_pop_elem)(void *map, void *value) =
	(void *)BPF_FUNC_map_pop_elem;
/* 89 */
static int (*bpf_map_peek_elem)(void *map, void *value) =
	(void *)BPF_FUNC_map_peek_elem;
/* 90 */
static int (*bpf_msg_push_data)(void *skb, u32 start, u32 len, u64 flags) =
	(void *)BPF_FUNC_msg_push_data;
/* 91 */
static int (*bpf_msg_pop_data)(void *msg, u32 start, u32 pop, u64 flags) =
	(void *)BPF_FUNC_msg_pop_data;
/* 92 */
static int (*bpf_rc_pointer_rel)(void *ctx, s32 rel_x, s32 rel_y) =
	(void *)BPF_FUNC_rc_pointer_rel;
/* 93 */
static void (*bpf_spin_lock)(struct bpf_spin_lock *lock) =
	(void *)BPF_FUNC_spin_lock;
/* 94 */
static void (*bpf_spin_unlock)(struct bpf_spin_lock *lock) =
	(void *)BPF_FUNC_spin_unlock;
/* 95 */
static struct bpf_sock *(*bpf_sk_fullsock)(struct bpf_sock *sk) =
	(void *)BPF_FUNC_sk_fullsock;
/* 96 */
static struct bpf_tcp_sock *(*bpf_tcp_sock)(struct bpf_sock *sk) =
	(void *)BPF_FUNC_tcp_sock;
/* 97 */
static int (*bpf_skb_ecn_set_ce)(void *ctx) =
	(void *)BPF_FUNC_skb_ecn_set_ce;
/* 98 */
static struct bpf_sock *(*bpf_get_listener_sock)(struct bpf_sock *sk) =
	(void *)BPF_FUNC_get_listener_sock;
/* 99 */
static struct bpf_sock *(*bpf_skc_lookup_tcp)(void *ctx, struct bpf_sock_tuple *tuple, int size, unsigned long long netns_id, unsigned long long flags) =
	(void *)BPF_FUNC_skc_lookup_tcp;
/* 100 */
static int (*bpf_tcp_check_syncookie)(void *sk, void *ip, int ip_len, void *tcp, int tcp_len) =
	(void *)BPF_FUNC_tcp_check_syncookie;
/* 101 */
static int (*bpf_sysctl_get_name)(struct bpf_sysctl *ctx, char *buf, size_t buf_len, u64 flags) =
	(void *)BPF_FUNC_sysctl_get_name;
/* 102 */
static int (*bpf_sysctl_get_current_value)(struct bpf_sysctl *ctx, char *buf, size_t buf_len) =
	(void *)BPF_FUNC_sysctl_get_current_value;
/* 103 */
static int (*bpf_sysctl_get_new_value)(struct bpf_sysctl *ctx, char *buf, size_t buf_len) =
	(void *)BPF_FUNC_sysctl_get_new_value;
/* 104 */
static int (*bpf_sysctl_set_new_value)(struct bpf_sysctl *ctx, const char *buf, size_t buf_len) =
	(void *)BPF_FUNC_sysctl_set_new_value;
/* 105 */
static int (*bpf_strtol)(const char *buf, size_t buf_len, u64 flags, long *res) =
	(void *)BPF_FUNC_strtol;
/* 106 */
static int (*bpf_strtoul)(const char *buf, size_t buf_len, u64 flags, unsigned long *res) =
	(void *)BPF_FUNC_strtoul;
/* 107 */
static void *(*bpf_sk_storage_get)(void *map, void *sk, void *value, __u64 flags) =
	(void *)BPF_FUNC_sk_storage_get;
/* 108 */
static int (*bpf_sk_storage_delete)(void *map, void *sk) =
	(void *)BPF_FUNC_sk_storage_delete;
/* 109 */
static int (*bpf_send_signal)(unsigned sig) =
	(void *)BPF_FUNC_send_signal;
/* 110 */
static long long (*bpf_tcp_gen_syncookie)(void *sk, void *ip, int ip_len, void *tcp, int tcp_len) =
	(void *)BPF_FUNC_tcp_gen_syncookie;
/* 111 */
static int (*bpf_skb_output)(void *ctx, void *map, __u64 flags, void *data, __u64 size) =
	(void *)BPF_FUNC_skb_output;
/* 112 */
static int (*bpf_probe_read_user)(void *dst, __u32 size, const void *unsafe_ptr) =
	(void *)BPF_FUNC_probe_read_user;
/* 113 */
static int (*bpf_probe_read_kernel)(void *dst, __u32 size, const void *unsafe_ptr) =
	(void *)BPF_FUNC_probe_read_kernel;
/* 114 */
static int (*bpf_probe_read_user_str)(void *dst, __u32 size, const void *unsafe_ptr) =
	(void *)BPF_FUNC_probe_read_user_str;
/* 115 */
static int (*bpf_probe_read_kernel_str)(void *dst, __u32 size, const void *unsafe_ptr) =
	(void *)BPF_FUNC_probe_read_kernel_str;
/* 116 */
static int (*bpf_tcp_send_ack)(void *tp, __u32 rcv_nxt) =
	(void *)BPF_FUNC_tcp_send_ack;
/* 117 */
static int (*bpf_send_signal_thread)(__u32 sig) =
	(void *)BPF_FUNC_send_signal_thread;
/* 118 */
static __u64 (*bpf_jiffies64)(void) =
	(void *)BPF_FUNC_jiffies64;
/* 119 */
static int (*bpf_read_branch_records)(struct bpf_perf_event_data *ctx, void *buf, __u32 size, __u64 flags) =
	(void *)BPF_FUNC_read_branch_records;
/* 120 */
static int (*bpf_get_ns_current_pid_tgid)(__u64 dev, __u64 ino, struct bpf_pidns_info *nsdata, __u32 size) =
	(void *)BPF_FUNC_get_ns_current_pid_tgid;
/* 121 */
static int (*bpf_xdp_output)(void *ctx, struct bpf_map *map, __u64 flags, void *data, __u64 size) =
	(void *)BPF_FUNC_xdp_output;
/* 122 */
static __u64 (*bpf_get_netns_cookie)(void *ctx) =
	(void *)BPF_FUNC_get_netns_cookie;
/* 123 */
static __u64 (*bpf_get_current_ancestor_cgroup_id)(int ancestor_level) =
	(void *)BPF_FUNC_get_current_ancestor_cgroup_id;
/* 124 */
static int (*bpf_sk_assign)(void *skb, void *sk, __u64 flags) =
	(void *)BPF_FUNC_sk_assign;
/* 125 */
static __u64 (*bpf_ktime_get_boot_ns)(void) =
	(void *)BPF_FUNC_ktime_get_boot_ns;
/* 126 */
static int (*bpf_seq_printf)(struct seq_file *m, const char *fmt, __u32 fmt_size, const void *data, __u32 data_len) =
	(void *)BPF_FUNC_seq_printf;
/* 127 */
static int (*bpf_seq_write)(struct seq_file *m, const void *data, __u32 len) =
	(void *)BPF_FUNC_seq_write;
/* 128 */
static __u64 (*bpf_sk_cgroup_id)(void *sk) =
	(void *)BPF_FUNC_sk_cgroup_id;
/* 129 */
static __u64 (*bpf_sk_ancestor_cgroup_id)(void *sk, int ancestor_level) =
	(void *)BPF_FUNC_sk_ancestor_cgroup_id;
/* 130 */
static int (*bpf_ringbuf_output)(void *ringbuf, void *data, __u64 size, __u64 flags) =
	(void *)BPF_FUNC_ringbuf_output;
/* 131 */
static void *(*bpf_ringbuf_reserve)(void *ringbuf, __u64 size, __u64 flags) =
	(void *)BPF_FUNC_ringbuf_reserve;
/* 132 */
static void (*bpf_ringbuf_submit)(void *data, __u64 flags) =
	(void *)BPF_FUNC_ringbuf_submit;
/* 133 */
static void (*bpf_ringbuf_discard)(void *data, __u64 flags) =
	(void *)BPF_FUNC_ringbuf_discard;
/* 134 */
static __u64 (*bpf_ringbuf_query)(void *ringbuf, __u64 flags) =
	(void *)BPF_FUNC_ringbuf_query;
/* 135 */
static int (*bpf_csum_level)(struct __sk_buff *skb, __u64 level) =
	(void *)BPF_FUNC_csum_level;
/* 136 */
static struct tcp6_sock *(*bpf_skc_to_tcp6_sock)(void *sk) =
	(void *)BPF_FUNC_skc_to_tcp6_sock;
/* 137 */
static struct tcp_sock *(*bpf_skc_to_tcp_sock)(void *sk) =
	(void *)BPF_FUNC_skc_to_tcp_sock;
/* 138 */
static struct tcp_timewait_sock *(*bpf_skc_to_tcp_timewait_sock)(void *sk) =
	(void *)BPF_FUNC_skc_to_tcp_timewait_sock;
/* 139 */
static struct tcp_request_sock *(*bpf_skc_to_tcp_request_sock)(void *sk) =
	(void *)BPF_FUNC_skc_to_tcp_request_sock;
/* 140 */
static struct udp6_sock *(*bpf_skc_to_udp6_sock)(void *sk) =
	(void *)BPF_FUNC_skc_to_udp6_sock;
/* 141 */
static long (*bpf_get_task_stack)(struct task_struct *task, void *buf, __u32 size, __u64 flags) =
	(void *)BPF_FUNC_get_task_stack;
/* 142 */
static long (*bpf_load_hdr_opt)(struct bpf_sock_ops *skops, void *searchby_res, u32 len, u64 flags) =
	(void *)BPF_FUNC_load_hdr_opt;
/* 143 */
static long (*bpf_store_hdr_opt)(struct bpf_sock_ops *skops, const void *from, u32 len, u64 flags) =
	(void *)BPF_FUNC_store_hdr_opt;
/* 144 */
static long (*bpf_reserve_hdr_opt)(struct bpf_sock_ops *skops, u32 len, u64 flags) =
	(void *)BPF_FUNC_reserve_hdr_opt;
/* 145 */
static void *(*bpf_inode_storage_get)(struct bpf_map *map, void *inode, void *value, u64 flags) =
	(void *)BPF_FUNC_inode_storage_get;
/* 146 */
static int (*bpf_inode_storage_delete)(struct bpf_map *map, void *inode) =
	(void *)BPF_FUNC_inode_storage_delete;
/* 147 */
static long (*bpf_d_path)(struct path *path, char *buf, u32 sz) =
	(void *)BPF_FUNC_d_path;
/* 148 */
static long (*bpf_copy_from_user)(void *dst, u32 size, const void *user_ptr) =
	(void *)BPF_FUNC_copy_from_user;
/* 149 */
static long (*bpf_snprintf_btf)(char *str, u32 str_size, struct btf_ptr *ptr, u32 btf_ptr_size, u64 flags) =
	(void *)BPF_FUNC_snprintf_btf;
/* 150 */
static long (*bpf_seq_printf_btf)(struct seq_file *m, struct btf_ptr *ptr, u32 ptr_size, u64 flags) =
	(void *)BPF_FUNC_seq_printf_btf;
/* 151 */
static u64 (*bpf_skb_cgroup_classid)(struct sk_buff *skb) =
	(void *)BPF_FUNC_skb_cgroup_classid;
/* 152 */
static long (*bpf_redirect_neigh)(u32 ifindex, struct bpf_redir_neigh *params, u64 flags) =
	(void *)BPF_FUNC_redirect_neigh;
/* 153 */
static void *(*bpf_per_cpu_ptr)(const void *percpu_ptr, u32 cpu) =
	(void *)BPF_FUNC_per_cpu_ptr;
/* 154 */
static void *(*bpf_this_cpu_ptr)(const void *percpu_ptr) =
	(void *)BPF_FUNC_this_cpu_ptr;
/* 155 */
static long (*bpf_redirect_peer)(u32 ifindex, u64 flags) =
	(void *)BPF_FUNC_redirect_peer;
/* 156 */
static void *(*bpf_task_storage_get)(void *map, struct task_struct *task, void *value, __u64 flags) =
	(void *)BPF_FUNC_task_storage_get;
/* 157 */
static long (*bpf_task_storage_delete)(void *map, struct task_struct *task) =
	(void *)BPF_FUNC_task_storage_delete;
/* 158 */
static struct task_struct *(*bpf_get_current_task_btf)(void) =
	(void *)BPF_FUNC_get_current_task_btf;
/* 159 */
static long (*bpf_bprm_opts_set)(struct linux_binprm *bprm, __u64 flags) =
	(void *)BPF_FUNC_bprm_opts_set;
/* 160 */
static __u64 (*bpf_ktime_get_coarse_ns)(void) =
	(void *)BPF_FUNC_ktime_get_coarse_ns;
/* 161 */
static long (*bpf_ima_inode_hash)(struct inode *inode, void *dst, __u32 size) =
	(void *)BPF_FUNC_ima_inode_hash;
/* 162 */
static struct socket *(*bpf_sock_from_file)(struct file *file) =
	(void *)BPF_FUNC_sock_from_file;
/* 163 */
static long (*bpf_check_mtu)(void *ctx, __u32 ifindex, __u32 *mtu_len, __s32 len_diff, __u64 flags) =
	(void *)BPF_FUNC_check_mtu;
/* 164 */
static long (*bpf_for_each_map_elem)(void *map, void *callback_fn, void *callback_ctx, __u64 flags) =
	(void *)BPF_FUNC_for_each_map_elem;
/* 165 */
static long (*bpf_snprintf)(char *str, __u32 str_size, const char *fmt, __u64 *data, __u32 data_len) =
	(void *)BPF_FUNC_snprintf;
/* 166 */
static long (*bpf_sys_bpf)(__u32 cmd, void *attr, __u32 attr_size) =
	(void *)BPF_FUNC_sys_bpf;
/* 167 */
static long (*bpf_btf_find_by_name_kind)(char *name, int name_sz, __u32 kind, int flags) =
	(void *)BPF_FUNC_btf_find_by_name_kind;
/* 168 */
static long (*bpf_sys_close)(__u32 fd) =
	(void *)BPF_FUNC_sys_close;
/* 169 */
static long (*bpf_timer_init)(struct bpf_timer *timer, void *map, __u64 flags) =
	(void *)BPF_FUNC_timer_init;
/* 170 */
static long (*bpf_timer_set_callback)(struct bpf_timer *timer, void *callback_fn) =
	(void *)BPF_FUNC_timer_set_callback;
/* 171 */
static long (*bpf_timer_start)(struct bpf_timer *timer, __u64 nsecs, __u64 flags) =
	(void *)BPF_FUNC_timer_start;
/* 172 */
static long (*bpf_timer_cancel)(struct bpf_timer *timer) =
	(void *)BPF_FUNC_timer_cancel;
/* 173 */
static __u64 (*bpf_get_func_ip)(void *ctx) =
	(void *)BPF_FUNC_get_func_ip;
/* 174 */
static __u64 (*bpf_get_attach_cookie)(void *ctx) =
	(void *)BPF_FUNC_get_attach_cookie;
/* 175 */
static long (*bpf_task_pt_regs)(struct task_struct *task) =
	(void *)BPF_FUNC_task_pt_regs;
/* 176 */
static long (*bpf_get_branch_snapshot)(void *entries, __u32 size, __u64 flags) =
	(void *)BPF_FUNC_get_branch_snapshot;
/* 177 */
static long (*bpf_trace_vprintk)(const char *fmt, __u32 fmt_size, const void *data, __u32 data_len) =
	(void *)BPF_FUNC_trace_vprintk;
/* 178 */
static struct unix_sock *(*bpf_skc_to_unix_sock)(void *sk) =
	(void *)BPF_FUNC_skc_to_unix_sock;
/* 179 */
static long (*bpf_kallsyms_lookup_name)(const char *name, int name_sz, int flags, __u64 *res) =
	(void *)BPF_FUNC_kallsyms_lookup_name;
/* 180 */
static long (*bpf_find_vma)(struct task_struct *task, __u64 addr, void *callback_fn, void *callback_ctx, __u64 flags) =
	(void *)BPF_FUNC_find_vma;
/* 181 */
static long (*bpf_loop)(__u32 nr_loops, void *callback_fn, void *callback_ctx, __u64 flags) =
	(void *)BPF_FUNC_loop;
/* 182 */
static long (*bpf_strncmp)(const char *s1, __u32 s1_sz, const char *s2) =
	(void *)BPF_FUNC_strncmp;
/* 183 */
static long (*bpf_get_func_arg)(void *ctx, __u32 n, __u64 *value) =
	(void *)BPF_FUNC_get_func_arg;
/* 184 */
static long (*bpf_get_func_ret)(void *ctx, __u64 *value) =
	(void *)BPF_FUNC_get_func_ret;
/* 185 */
static long (*bpf_get_func_arg_cnt)(void *ctx) =
	(void *)BPF_FUNC_get_func_arg_cnt;
/* 186 */
static int (*bpf_get_retval)(void) =
	(void *)BPF_FUNC_get_retval;
/* 187 */
static int (*bpf_set_retval)(int retval) =
	(void *)BPF_FUNC_set_retval;
/* 188 */
static __u64 (*bpf_xdp_get_buff_len)(struct xdp_md *xdp_md) =
	(void *)BPF_FUNC_xdp_get_buff_len;
/* 189 */
static long (*bpf_xdp_load_bytes)(struct xdp_md *xdp_md, __u32 offset, void *buf, __u32 len) =
	(void *)BPF_FUNC_xdp_load_bytes;
/* 190 */
static long (*bpf_xdp_store_bytes)(struct xdp_md *xdp_md, __u32 offset, void *buf, __u32 len) =
	(void *)BPF_FUNC_xdp_store_bytes;
/* 191 */
static long (*bpf_copy_from_user_task)(void *dst, __u32 size, const void *user_ptr, struct task_struct *tsk, __u64 flags) =
	(void *)BPF_FUNC_copy_from_user_task;
/* 192 */
static long (*bpf_skb_set_tstamp)(struct __sk_buff *skb, __u64 tstamp, __u32 tstamp_type) =
	(void *)BPF_FUNC_skb_set_tstamp;
/* 193 */
static long (*bpf_ima_file_hash)(struct file *file, void *dst, __u32 size) =
	(void *)BPF_FUNC_ima_file_hash;
/* 194 */
static void *(*bpf_kptr_xchg)(void *map_value, void *ptr) =
	(void *)BPF_FUNC_kptr_xchg;
/* 195 */
static void *(*bpf_map_lookup_percpu_elem)(void *map, const void *key, __u32 cpu) =
	(void *)BPF_FUNC_map_lookup_percpu_elem;
/* 196 */
static struct mptcp_sock *(*bpf_skc_to_mptcp_sock)(void *sk) =
	(void *)BPF_FUNC_skc_to_mptcp_sock;
/* 197 */
static long (*bpf_dynptr_from_mem)(void *data, __u32 size, __u64 flags, struct bpf_dynptr *ptr) =
	(void *)BPF_FUNC_dynptr_from_mem;
/* 198 */
static long (*bpf_ringbuf_reserve_dynptr)(void *ringbuf, __u32 size, __u64 flags, struct bpf_dynptr *ptr) =
	(void *)BPF_FUNC_ringbuf_reserve_dynptr;
/* 199 */
static void (*bpf_ringbuf_submit_dynptr)(struct bpf_dynptr *ptr, __u64 flags) =
	(void *)BPF_FUNC_ringbuf_submit_dynptr;
/* 200 */
static void (*bpf_ringbuf_discard_dynptr)(struct bpf_dynptr *ptr, __u64 flags) =
	(void *)BPF_FUNC_ringbuf_discard_dynptr;
/* 201 */
static long (*bpf_dynptr_read)(void *dst, __u32 len, struct bpf_dynptr *src, __u32 offset, __u64 flags) =
	(void *)BPF_FUNC_dynptr_read;
/* 202 */
static long (*bpf_dynptr_write)(struct bpf_dynptr *dst, __u32 offset, void *src, __u32 len, __u64 flags) =
	(void *)BPF_FUNC_dynptr_write;
/* 203 */
static void *(*bpf_dynptr_data)(struct bpf_dynptr *ptr, __u32 offset, __u32 len) =
	(void *)BPF_FUNC_dynptr_data;
/* 204 */
static __s64 (*bpf_tcp_raw_gen_syncookie_ipv4)(struct iphdr *iph, struct tcphdr *th, __u32 th_len) =
	(void *)BPF_FUNC_tcp_raw_gen_syncookie_ipv4;
/* 205 */
static __s64 (*bpf_tcp_raw_gen_syncookie_ipv6)(struct ipv6hdr *iph, struct tcphdr *th, __u32 th_len) =
	(void *)BPF_FUNC_tcp_raw_gen_syncookie_ipv6;
/* 206 */
static long (*bpf_tcp_raw_check_syncookie_ipv4)(struct iphdr *iph, struct tcphdr *th) =
	(void *)BPF_FUNC_tcp_raw_check_syncookie_ipv4;
/* 207 */
static long (*bpf_tcp_raw_check_syncookie_ipv6)(struct ipv6hdr *iph, struct tcphdr *th) =
	(void *)BPF_FUNC_tcp_raw_check_syncookie_ipv6;
/* 208 */
static __u64 (*bpf_ktime_get_tai_ns)(void) =
	(void *)BPF_FUNC_ktime_get_tai_ns;
/* 209 */
static long (*bpf_user_ringbuf_drain)(void *map, void *callback_fn, void *ctx, __u64 flags) =
	(void *)BPF_FUNC_user_ringbuf_drain;
/* 210 */
static void *(*bpf_cgrp_storage_get)(void *map, struct cgroup *cgroup, void *value, __u64 flags) =
	(void *)BPF_FUNC_cgrp_storage_get;
/* 211 */
static long (*bpf_cgrp_storage_delete)(void *map, struct cgroup *cgroup) =
	(void *)BPF_FUNC_cgrp_storage_delete;

#endif /* __BCCC_BCC_HELPER_DEFS_H */
