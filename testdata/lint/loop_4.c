// Retry until bpf_get_prandom_u32 returns an even number: nothing bounds
// the loop, and every iteration looks the same to the verifier.
// @prog sock_sample=SOCKET_FILTER
// kernel: infinite loop detected at insn 2
int sock_sample(struct __sk_buff *skb)
{
	u32 r;
	do {
		r = bpf_get_prandom_u32(); // want "loop"
	} while (r & 1);
	return r % 2 == 0 ? skb->len : 0;
}
