// The filter returns a map value pointer instead of the value it points
// to: the packet length kept by a socket filter is then a kernel address.
// unprivileged
// kernel: (root) accepted (allow_ptr_leaks).
// Unprivileged, check_return_code() refuses: "R0 leaks addr as return value".
// @prog sock_trunc=SOCKET_FILTER
BPF_ARRAY(snaplen, u32, 1);

long sock_trunc(struct __sk_buff *skb)
{
	int zero = 0;
	u32 *len = snaplen.lookup(&zero);
	if (!len)
		return skb->len;
	return (long)len; // want "leaks a pointer"
}
