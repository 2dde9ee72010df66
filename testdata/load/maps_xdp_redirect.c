// XDP redirect maps: BPF_DEVMAP, BPF_CPUMAP, BPF_XSKMAP (lookup,
// redirect_map). BPF_TABLE("devmap", ...) has BCC's table set, of which
// the kernel allows only lookup.
// @prog redirect=XDP
BPF_DEVMAP(devs, 8);
BPF_CPUMAP(cpus, 4);
BPF_XSKMAP(xsks, 4);
BPF_TABLE("devmap", u32, int, devs2, 2);

int redirect(struct xdp_md *ctx)
{
	int q = ctx->rx_queue_index;
	if (xsks.lookup(&q))
		return xsks.redirect_map(q, XDP_PASS);
	if (ctx->ingress_ifindex == 1)
		return cpus.redirect_map(0, XDP_DROP);
	u32 k = 1;
	int *ifindex = devs2.lookup(&k);
	if (ifindex && *ifindex == ctx->ingress_ifindex)
		return XDP_DROP;
	return devs.redirect_map(ctx->ingress_ifindex & 7, XDP_PASS);
}
