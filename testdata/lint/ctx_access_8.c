// A socket filter may only write skb->cb[]; setting skb->mark is rejected.
// @prog sock_mark=SOCKET_FILTER
// kernel: invalid bpf_context access off=8 size=4
int sock_mark(struct __sk_buff *skb)
{
	if (skb->protocol == bpf_htons(0x0800))
		skb->mark = 0x42; // want "context"
	return skb->len;
}
