// Two map value pointers are compared to see whether both lookups
// returned the same slot.
// unprivileged
// kernel: (root) accepted (allow_ptr_leaks).
// Unprivileged, comparing two pointers is refused: "R7 pointer comparison prohibited".
// @prog sock_same=SOCKET_FILTER
BPF_HASH(by_ifindex, u32, u64, 64);

int sock_same(struct __sk_buff *skb)
{
	u32 a = skb->ifindex;
	u32 b = skb->ingress_ifindex;
	u64 *pa = by_ifindex.lookup(&a);
	u64 *pb = by_ifindex.lookup(&b);
	if (!pa || !pb)
		return 0;
	if (pa == pb) // want "pointer comparison"
		return skb->len;
	return 0;
}
