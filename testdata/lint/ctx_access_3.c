// TC program trying to truncate the packet by writing skb->len, a
// read-only field of __sk_buff.
// @prog tc_trunc=SCHED_CLS
// kernel: invalid bpf_context access off=0 size=4
#include <linux/pkt_cls.h>

int tc_trunc(struct __sk_buff *skb)
{
	if (skb->len > 1500)
		skb->len = 1500; // want "context"
	return TC_ACT_OK;
}
