// Socket filters have no direct packet access: skb->data is not readable
// from a SOCKET_FILTER program (use load_byte/bpf_skb_load_bytes).
// @prog sock_eth=SOCKET_FILTER
// kernel: invalid bpf_context access off=76 size=4
int sock_eth(struct __sk_buff *skb)
{
	unsigned char *data = (void *)(long)skb->data; // want "context"
	unsigned char *data_end = (void *)(long)skb->data_end;
	if (data + 14 > data_end)
		return 0;
	return data[12] == 0x08 ? -1 : 0;
}
