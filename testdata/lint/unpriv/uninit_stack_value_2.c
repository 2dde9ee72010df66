// The value struct is only partly written when the packet is not IPv4
// (saddr stays uninitialized) and is then copied into the map.
// unprivileged
// kernel: (root) accepted: root may read uninitialized stack.
// Unprivileged, the helper's value argument must be initialized memory:
// "invalid indirect read from stack R3 off -8+4 size 8".
// @prog sock_last=SOCKET_FILTER
struct last_pkt {
	u32 len;
	u32 saddr;
};
BPF_ARRAY(last, struct last_pkt, 1);

int sock_last(struct __sk_buff *skb)
{
	struct last_pkt v;
	int zero = 0;
	v.len = skb->len;
	if (skb->protocol == bpf_htons(0x0800))
		bpf_skb_load_bytes(skb, 14 + 12, &v.saddr, 4);
	last.update(&zero, &v); // want "uninitialized stack"
	return 0;
}
