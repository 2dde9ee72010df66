// redirect_map: XDP_REDIRECT when the slot is set, else the action in
// the low bits of flags.
// @prog redirect=XDP
BPF_ARRAY(cfg, u32, 1); // which map
BPF_DEVMAP(devs, 4);
BPF_CPUMAP(cpus, 4);
BPF_XSKMAP(xsks, 4);

int redirect(struct xdp_md *ctx)
{
	int zero = 0;
	u32 *which = cfg.lookup(&zero);
	if (!which)
		return XDP_ABORTED;
	switch (*which) {
	case 0:
		return devs.redirect_map(0, XDP_PASS);
	case 1:
		return cpus.redirect_map(0, XDP_DROP);
	case 2:
		return xsks.lookup(&zero) ? 100 : xsks.redirect_map(0, XDP_TX);
	}
	return XDP_ABORTED;
}
