// A map value holds an address written by user space; XDP dereferences
// the number as if it were a pointer.
// @prog xdp_cfg=XDP
// kernel: R1 invalid mem access 'scalar'
BPF_ARRAY(cfg_addr, u64, 1);

int xdp_cfg(struct xdp_md *ctx)
{
	int zero = 0;
	u64 *a = cfg_addr.lookup(&zero);
	if (!a)
		return XDP_PASS;
	u32 *limit = (u32 *)*a;
	if (ctx->data_end - ctx->data > *limit) // want "not a pointer"
		return XDP_DROP;
	return XDP_PASS;
}
