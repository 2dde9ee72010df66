// A switch, a loop and an inlined helper, small enough to read the IR.
// @prog f=XDP
static inline u32 weight(u32 x)
{
	switch (x & 3) {
	case 0: return 1;
	case 1: return 10;
	default: return 100;
	}
}

int f(struct xdp_md *ctx)
{
	u32 n = ctx->data_end - ctx->data, sum = 0;
	for (int i = 0; i < 4; i++)
		sum += weight(n + i);
	return sum > 200 ? XDP_PASS : XDP_DROP;
}
