// The map value is a u32, but the code reads and writes it through a u64
// pointer, running four bytes past the end of the value.
// @prog xdp_bytes=XDP
// kernel: invalid access to map value, value_size=4 off=0 size=8
BPF_HASH(bytes_by_queue, u32, u32, 64);

int xdp_bytes(struct xdp_md *ctx)
{
	u32 q = ctx->rx_queue_index;
	u32 *v = bytes_by_queue.lookup(&q);
	if (!v)
		return XDP_PASS;
	u64 *wide = (u64 *)v;
	*wide += ctx->data_end - ctx->data; // want "out of bounds"
	return XDP_PASS;
}
