// The xdp_md fields are __u32, so "ctx->data + 14" is computed in 32 bits:
// the verifier sees 32-bit arithmetic on a packet pointer.
// @prog xdp_short=XDP
// kernel: R2 32-bit pointer arithmetic prohibited
int xdp_short(struct xdp_md *ctx)
{
	if (ctx->data + 14 > ctx->data_end) // want "pointer arithmetic"
		return XDP_DROP;
	return XDP_PASS;
}
