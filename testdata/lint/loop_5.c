// A TC program counts the bytes of the packet one by one, bounded only by
// skb->len: the loop never provably terminates within the verifier's budget.
// @prog tc_count=SCHED_CLS
// kernel: The sequence of 8193 jumps is too complex.
#include <linux/pkt_cls.h>
BPF_ARRAY(zeros, u64, 1);

int tc_count(struct __sk_buff *skb)
{
	u64 z = 0;
	u32 len = skb->len;
	for (u32 off = 0; off < len; off++) { // want "loop|too complex"
		u8 b;
		if (bpf_skb_load_bytes(skb, off, &b, 1) < 0)
			break;
		if (b == 0)
			z++;
	}
	zeros.increment(0, z);
	return TC_ACT_OK;
}
