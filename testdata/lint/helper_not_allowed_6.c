// bpf_xdp_adjust_head takes an XDP context; a TC program must use
// bpf_skb_adjust_room instead.
// @prog tc_decap=SCHED_CLS
// kernel: program of this type cannot use helper bpf_xdp_adjust_head#44
#include <linux/pkt_cls.h>

int tc_decap(struct __sk_buff *skb)
{
	if (skb->protocol != bpf_htons(0x86dd))
		return TC_ACT_OK;
	if (bpf_xdp_adjust_head(skb, 40)) // want "not allowed"
		return TC_ACT_SHOT;
	return TC_ACT_OK;
}
