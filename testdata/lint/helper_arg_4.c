// The flow map's key is 16 bytes, but the key is passed straight from an
// 8-byte map value of another map.
// @prog tc_flow=SCHED_CLS
// kernel: invalid access to map value, value_size=8 off=0 size=16
#include <linux/pkt_cls.h>
struct flow_key {
	u32 saddr;
	u32 daddr;
	u16 sport;
	u16 dport;
	u32 proto;
};
BPF_HASH(last_flow, u32, u64, 64);
BPF_HASH(flows, struct flow_key, u64, 1024);

int tc_flow(struct __sk_buff *skb)
{
	u32 ifindex = skb->ifindex;
	u64 *k = last_flow.lookup(&ifindex);
	if (!k)
		return TC_ACT_OK;
	u64 *n = flows.lookup((struct flow_key *)k); // want "argument"
	if (n)
		*n += 1;
	return TC_ACT_OK;
}
