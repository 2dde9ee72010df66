// Tail calls through BPF_PROG_ARRAY and BPF_TABLE("prog", ...).
// @prog tail_caller=XDP
// @prog tail_target=XDP
BPF_PROG_ARRAY(jumps, 4);
BPF_TABLE("prog", u32, u32, jumps2, 2);

int tail_target(struct xdp_md *ctx)
{
	return 42;
}

int tail_caller(struct xdp_md *ctx)
{
	u32 *idx = 0;
	jumps.call(ctx, 1);
	jumps2.call(ctx, 0);
	// Reached only when no program sits at the index.
	return XDP_PASS;
}
