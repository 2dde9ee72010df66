// The perf event size is the packet length, a value the verifier cannot
// bound, instead of the size of the record on the stack.
// @prog xdp_sample=XDP
// kernel: R5 unbounded memory access, use 'var &= const' or 'if (var < const)'
struct rec {
	u32 len;
	u32 queue;
};
BPF_PERF_OUTPUT(samples);

int xdp_sample(struct xdp_md *ctx)
{
	struct rec r = {};
	r.len = ctx->data_end - ctx->data;
	r.queue = ctx->rx_queue_index;
	samples.perf_submit(ctx, &r, r.len); // want "argument"
	return XDP_PASS;
}
