// Only the Ethernet header was checked against data_end; the IP header
// behind it is read without a second check.
// @prog xdp_ipproto=XDP
// kernel: invalid access to packet, off=23 size=1, R3(id=0,off=23,r=14)
#include <linux/if_ether.h>
#include <linux/ip.h>
BPF_ARRAY(by_proto, u64, 256);

int xdp_ipproto(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	struct iphdr *ip = (void *)(eth + 1);
	u32 proto = ip->protocol; // want "packet access"
	by_proto.increment(proto);
	return XDP_PASS;
}
