// A TC program walks __sk_buff like an array of u32 with a variable
// index: variable offsets into the context are not allowed.
// @prog tc_dump=SCHED_CLS
// kernel: variable ctx access var_off=(0x0; 0x1c) disallowed
#include <linux/pkt_cls.h>
BPF_ARRAY(fields, u64, 32);

int tc_dump(struct __sk_buff *skb)
{
	u32 i = bpf_get_prandom_u32() % 8;
	u32 *base = (u32 *)skb;
	u32 v = base[i]; // want "pointer arithmetic"
	fields.increment(i, v);
	return TC_ACT_OK;
}
