// bpf_probe_write_user is only for tracing programs; a TC classifier
// cannot call it.
// @prog tc_poke=SCHED_CLS
// kernel: program of this type cannot use helper bpf_probe_write_user#36
#include <linux/pkt_cls.h>
BPF_ARRAY(target, u64, 1);

int tc_poke(struct __sk_buff *skb)
{
	int zero = 0;
	u64 *addr = target.lookup(&zero);
	if (!addr || !*addr)
		return TC_ACT_OK;
	u32 len = skb->len;
	bpf_probe_write_user((void *)*addr, &len, sizeof(len)); // want "not allowed"
	return TC_ACT_OK;
}
