// Trying to steer packets to queue 0 by writing ctx->rx_queue_index: the
// XDP context is read-only.
// @prog xdp_steer=XDP
// kernel: invalid bpf_context access off=16 size=4
int xdp_steer(struct xdp_md *ctx)
{
	if (ctx->rx_queue_index > 3)
		ctx->rx_queue_index = 0; // want "read-only"
	return XDP_PASS;
}
