// Aligning a packet pointer down to 4 bytes with a mask: bitwise
// operations on pointers are prohibited.
// @prog xdp_align=XDP
// kernel: R2 bitwise operator &= on pointer prohibited
BPF_ARRAY(words, u64, 1);

int xdp_align(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	u32 *w = (u32 *)((long)(data + 17) & ~3L); // want "pointer arithmetic"
	if ((void *)(w + 1) > data_end)
		return XDP_PASS;
	words.increment(0, *w);
	return XDP_PASS;
}
