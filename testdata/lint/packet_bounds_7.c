// cgroup_skb program reading the IP header directly from skb->data with no
// data_end check.
// @prog egress_ttl=CGROUP_SKB:egress
// kernel: invalid access to packet, off=8 size=1, R1(id=0,off=8,r=0)
#include <linux/ip.h>
BPF_ARRAY(ttls, u64, 256);

int egress_ttl(struct __sk_buff *skb)
{
	struct iphdr *ip = (void *)(long)skb->data;
	u32 ttl = ip->ttl; // want "packet access"
	ttls.increment(ttl);
	return 1;
}
