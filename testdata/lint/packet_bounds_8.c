// The payload index comes from a header field and is only bounded against
// a constant, not against data_end.
// @prog xdp_payload=XDP
// kernel: invalid access to packet, off=0 size=1, R1(id=1,off=0,r=0)
BPF_ARRAY(bytes, u64, 256);

int xdp_payload(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	unsigned char *data_end = (void *)(long)ctx->data_end;
	if (data + 64 > data_end)
		return XDP_PASS;
	u32 off = data[20];
	if (off >= 200)
		return XDP_PASS;
	u32 b = data[off]; // want "packet access"
	bytes.increment(b);
	return XDP_PASS;
}
