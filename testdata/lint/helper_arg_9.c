// The copy length is "the rest of the packet": the verifier cannot bound
// it (it may be 0 or far larger than the 64-byte stack buffer).
// @prog tc_payload=SCHED_CLS
// kernel: R4 invalid zero-sized read: u64=[0,4294967295]
#include <linux/pkt_cls.h>
BPF_PERF_OUTPUT(payloads);

int tc_payload(struct __sk_buff *skb)
{
	u8 buf[64];
	if (skb->len <= 54)
		return TC_ACT_OK;
	u32 n = skb->len - 54;
	if (bpf_skb_load_bytes(skb, 54, buf, n) < 0) // want "argument"
		return TC_ACT_OK;
	payloads.perf_submit(skb, buf, sizeof(buf));
	return TC_ACT_OK;
}
