// The flow key is filled field by field, so its 3 padding bytes are never
// written, and the whole 8-byte struct is passed as the map key.
// unprivileged
// kernel: (root) accepted: root may read uninitialized stack (allow_uninit_stack).
// Unprivileged, check_stack_range_initialized() fails on the padding:
// "invalid indirect read from stack R2 off -8+5 size 8".
// @prog sock_flows=SOCKET_FILTER
struct flow_key {
	u32 ifindex;
	u8 proto;
};
BPF_HASH(flows, struct flow_key, u64, 1024);

int sock_flows(struct __sk_buff *skb)
{
	struct flow_key k;
	k.ifindex = skb->ifindex;
	if (bpf_skb_load_bytes(skb, 14 + 9, &k.proto, 1) < 0)
		return 0;
	u64 *n = flows.lookup(&k); // want "uninitialized stack"
	if (n)
		lock_xadd(n, 1);
	return 0;
}
