// cgroup_skb programs may read packet data directly but not write it;
// clearing the IP TOS byte is rejected.
// @prog egress_tos=CGROUP_SKB:egress
// kernel: cannot write into packet
#include <linux/ip.h>

int egress_tos(struct __sk_buff *skb)
{
	struct iphdr *ip = (void *)(long)skb->data;
	if ((void *)(ip + 1) > (void *)(long)skb->data_end)
		return 1;
	if (ip->tos)
		ip->tos = 0; // want "read-only"
	return 1;
}
