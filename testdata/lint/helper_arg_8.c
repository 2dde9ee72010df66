// The packet length itself is cast to a pointer and passed as the lookup
// key, instead of its address (&len): the helper gets a scalar where it
// needs a pointer to the key.
// @prog sock_count=SOCKET_FILTER
// kernel: R2 type=scalar expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
BPF_HASH(by_len, u32, u64, 2048);

int sock_count(struct __sk_buff *skb)
{
	u32 len = skb->len;
	u64 *c = by_len.lookup((u32 *)(long)len); // want "argument"
	if (c)
		*c += 1;
	return 0;
}
