// XDP reads the Ethernet protocol without comparing against data_end first.
// @prog xdp_proto=XDP
// kernel: invalid access to packet, off=12 size=2, R1(id=0,off=12,r=0)
#include <linux/if_ether.h>
BPF_HASH(protos, u16, u64, 64);

int xdp_proto(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	struct ethhdr *eth = data;
	u16 proto = eth->h_proto; // want "packet access"
	protos.increment(proto);
	return XDP_PASS;
}
