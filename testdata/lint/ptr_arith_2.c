// Taking the middle of the packet by adding the data and data_end
// pointers: adding two pointers is prohibited.
// @prog xdp_mid=XDP
// kernel: R2 pointer += pointer prohibited
BPF_ARRAY(mid_bytes, u64, 256);

int xdp_mid(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	unsigned char *mid = (void *)(((long)data + (long)data_end) / 2); // want "pointer arithmetic"
	if (mid + 1 > (unsigned char *)data_end)
		return XDP_PASS;
	mid_bytes.increment(*mid);
	return XDP_PASS;
}
