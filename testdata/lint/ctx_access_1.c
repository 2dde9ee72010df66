// ctx->data is a 32-bit field of struct xdp_md; reading it as a 64-bit
// value through a cast is an invalid ctx access.
// @prog xdp_len=XDP
// kernel: invalid bpf_context access off=0 size=8
BPF_ARRAY(lens, u64, 1);

int xdp_len(struct xdp_md *ctx)
{
	u64 start = *(u64 *)&ctx->data; // want "context"
	u64 end = ctx->data_end;
	lens.increment(0, end - start);
	return XDP_PASS;
}
