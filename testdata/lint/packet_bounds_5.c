// Off by one: the check guarantees 14 bytes, the code reads byte 14.
// @prog xdp_first=XDP
// kernel: invalid access to packet, off=14 size=1, R2(id=0,off=14,r=14)
BPF_ARRAY(first_byte, u64, 256);

int xdp_first(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	unsigned char *data_end = (void *)(long)ctx->data_end;
	if (data + 14 > data_end)
		return XDP_PASS;
	u32 b = data[14]; // want "packet access"
	first_byte.increment(b);
	return XDP_PASS;
}
