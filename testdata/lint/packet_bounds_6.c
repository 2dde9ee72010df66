// The comparison is inverted: the program returns when the header fits
// and goes on reading it when it does not.
// @prog xdp_inv=XDP
// kernel: invalid access to packet, off=12 size=2, R2(id=0,off=12,r=0)
#include <linux/if_ether.h>
BPF_ARRAY(ipv4, u64, 1);

int xdp_inv(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) <= data_end)
		return XDP_PASS;
	if (eth->h_proto == bpf_htons(ETH_P_IP)) // want "packet access"
		ipv4.increment(0);
	return XDP_PASS;
}
