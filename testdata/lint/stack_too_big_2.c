// An event struct with a 256-byte payload plus a 300-byte staging buffer:
// together they exceed the 512-byte stack.
// @prog tc_capture=SCHED_CLS
// compile-error
// kernel: (not loaded: bccc refuses the program)
#include <linux/pkt_cls.h>
struct capture {
	u32 len;
	u32 ifindex;
	u8 data[256];
};
BPF_PERF_OUTPUT(captures);

int tc_capture(struct __sk_buff *skb) // want "512|stack"
{
	struct capture c = {};
	u8 staging[300];
	c.len = skb->len;
	c.ifindex = skb->ifindex;
	if (bpf_skb_load_bytes(skb, 0, staging, sizeof(staging)) < 0)
		return TC_ACT_OK;
	__builtin_memcpy(c.data, staging, sizeof(c.data));
	captures.perf_submit(skb, &c, sizeof(c));
	return TC_ACT_OK;
}
