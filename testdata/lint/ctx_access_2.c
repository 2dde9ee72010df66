// egress_ifindex may only be read by XDP programs attached to a devmap;
// a plain XDP program may not access it.
// @prog xdp_egress=XDP
// kernel: invalid bpf_context access off=20 size=4
BPF_HASH(by_egress, u32, u64, 64);

int xdp_egress(struct xdp_md *ctx)
{
	u32 ifindex = ctx->egress_ifindex; // want "context"
	by_egress.increment(ifindex);
	return XDP_PASS;
}
