// A per-call histogram of 80 u64 buckets (640 bytes) built on the stack
// before being copied to a map.
// @prog xdp_hist=XDP
// compile-error
// kernel: (not loaded: bccc refuses the program)
struct hist {
	u64 b[80];
};
BPF_ARRAY(hists, struct hist, 1);

int xdp_hist(struct xdp_md *ctx) // want "512|stack"
{
	struct hist h = {};
	u32 len = ctx->data_end - ctx->data;
	h.b[len % 80] = 1;
	int zero = 0;
	hists.update(&zero, &h);
	return XDP_PASS;
}
