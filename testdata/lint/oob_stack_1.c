// A stack buffer indexed by an unbounded value from the ctx.
// @prog sock_hist=SOCKET_FILTER
// kernel: invalid unbounded variable-offset write to stack R1
BPF_ARRAY(result, u64, 1);

int sock_hist(struct __sk_buff *skb)
{
	u64 counts[8] = {};
	u32 idx = skb->len;
	counts[idx] = 1; // want "out of bounds"
	int k = 0;
	result.update(&k, &counts[0]);
	return 0;
}
