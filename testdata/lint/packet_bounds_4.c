// The IP header length (ihl) gives a variable offset to the UDP header;
// the check done before the variable offset does not cover it.
// @prog xdp_udp=XDP
// kernel: invalid access to packet, off=16 size=2, R1(id=1,off=16,r=0)
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/udp.h>
BPF_HASH(udp_ports, u16, u64, 1024);

int xdp_udp(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	if ((void *)ip + sizeof(*ip) + sizeof(struct udphdr) > data_end)
		return XDP_PASS;
	if (ip->protocol != IPPROTO_UDP)
		return XDP_PASS;
	struct udphdr *udp = (void *)ip + ip->ihl * 4;
	u16 port = udp->dest; // want "packet access"
	udp_ports.increment(port);
	return XDP_PASS;
}
