// xdp_drop_icmp: an XDP filter that drops ICMP echo (ping) and every other
// ICMP packet over IPv4, passes everything else, and counts the drops
// (the seeds' XDP filter exercise).
//   bccc run --prog xdp_drop_icmp=XDP --xdp veth0 examples/xdp_drop_icmp.c
// then ping an address routed through veth0: no replies, dropped counts up.
// @prog xdp_drop_icmp=XDP
#include <uapi/linux/if_ether.h>
#include <uapi/linux/ip.h>
#include <uapi/linux/in.h>

BPF_ARRAY(dropped, u64, 1);

int xdp_drop_icmp(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != htons(ETH_P_IP))
		return XDP_PASS;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	if (ip->protocol != IPPROTO_ICMP)
		return XDP_PASS;
	dropped.atomic_increment(0);
	return XDP_DROP;
}
