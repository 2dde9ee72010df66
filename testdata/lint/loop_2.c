// Spin-waiting on a flag in a map value: the loop body does not change
// anything, so the verifier sees the same state again.
// @prog xdp_wait=XDP
// kernel: infinite loop detected at insn 11
BPF_HASH(flags, u32, u32, 16);

int xdp_wait(struct xdp_md *ctx)
{
	u32 q = ctx->rx_queue_index;
	u32 *ready = flags.lookup(&q);
	if (!ready)
		return XDP_PASS;
	while (*ready == 0) // want "loop"
		;
	return XDP_PASS;
}
