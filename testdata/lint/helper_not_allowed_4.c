// cgroup_skb programs may not modify the packet: bpf_skb_store_bytes is
// not available to them.
// @prog egress_rewrite=CGROUP_SKB:egress
// kernel: program of this type cannot use helper bpf_skb_store_bytes#9
int egress_rewrite(struct __sk_buff *skb)
{
	u8 tos = 0x10;
	bpf_skb_store_bytes(skb, 1, &tos, 1, 0); // want "not allowed"
	return 1;
}
