// call(ctx, index) tail-calls the program at index, and falls through
// when there is none.
// @prog caller=XDP
// @prog callee=XDP
BPF_PROG_ARRAY(jumps, 4);

int callee(struct xdp_md *ctx)
{
	return 42;
}

int caller(struct xdp_md *ctx)
{
	jumps.call(ctx, 2);
	return 7;
}
