// Walking IPv6 extension headers: the second header's offset depends on
// the first header's length byte, and is read without re-checking.
// @prog tc_v6=SCHED_CLS
// kernel: invalid access to packet, off=54 size=1, R1(id=1,off=54,r=0)
#include <linux/pkt_cls.h>
#include <linux/ipv6.h>
BPF_ARRAY(nexthdr, u64, 256);

int tc_v6(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ipv6hdr *ip6 = data + 14;
	if ((void *)(ip6 + 1) + 8 > data_end)
		return TC_ACT_OK;
	unsigned char *ext = (void *)(ip6 + 1);
	unsigned char *next = ext + (ext[1] + 1) * 8;
	u32 nh = next[0]; // want "packet access"
	nexthdr.increment(nh);
	return TC_ACT_OK;
}
