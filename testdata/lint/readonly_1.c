// A lookup table in .rodata (static const) is written to through a
// non-const pointer.
// @prog xdp_tbl=XDP
// kernel: write into map forbidden, value_size=8 off=0 size=1
static const u8 weights[8] = {1, 1, 2, 3, 5, 8, 13, 21};
BPF_ARRAY(hits, u64, 8);

int xdp_tbl(struct xdp_md *ctx)
{
	u32 q = ctx->rx_queue_index & 7;
	u8 *w = (u8 *)weights;
	w[q] += 1; // want "read-only"
	hits.increment(q);
	return XDP_PASS;
}
