// A signed index is only checked against the upper bound; a negative
// value would index before the start of the map value.
// @prog tc_prio=SCHED_CLS
// kernel: value -17179869184 makes map_value pointer be out of bounds
#include <linux/pkt_cls.h>
struct prio_stats {
	u64 per_prio[8];
};
BPF_HASH(stats, u32, struct prio_stats, 16);

int tc_prio(struct __sk_buff *skb)
{
	u32 ifindex = skb->ifindex;
	int prio = skb->priority;
	struct prio_stats *s = stats.lookup(&ifindex);
	if (!s)
		return TC_ACT_OK;
	if (prio < 8)
		s->per_prio[prio]++; // want "out of bounds"
	return TC_ACT_OK;
}
