// TC: the IP header is bounds-checked, but the TCP ports behind it are
// read without extending the check.
// @prog tc_ports=SCHED_CLS
// kernel: invalid access to packet, off=36 size=2, R3(id=0,off=36,r=34)
#include <linux/pkt_cls.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/tcp.h>
BPF_HASH(dports, u16, u64, 1024);

int tc_ports(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > data_end)
		return TC_ACT_OK;
	if (ip->protocol != IPPROTO_TCP)
		return TC_ACT_OK;
	struct tcphdr *tcp = (void *)(ip + 1);
	u16 dport = bpf_ntohs(tcp->dest); // want "packet access"
	dports.increment(dport);
	return TC_ACT_OK;
}
