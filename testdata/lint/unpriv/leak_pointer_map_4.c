// The program stores the address of its context into a map value (to
// "remember the last skb"), exposing a kernel address to user space.
// unprivileged
// kernel: (root) accepted: root may store pointers (allow_ptr_leaks).
// Unprivileged, check_mem_access() refuses the store: "R6 leaks addr into map".
// @prog sock_remember=SOCKET_FILTER
BPF_ARRAY(last_skb, u64, 1);

int sock_remember(struct __sk_buff *skb)
{
	int zero = 0;
	u64 *slot = last_skb.lookup(&zero);
	if (slot)
		*slot = (u64)skb; // want "leaks a pointer"
	return 0;
}
