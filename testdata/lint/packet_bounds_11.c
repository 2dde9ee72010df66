// The map key (the IPv4 source address) is passed straight from packet
// memory that was never checked against data_end.
// @prog xdp_block=XDP
// kernel: invalid access to packet, off=26 size=4, R2(id=0,off=26,r=0)
BPF_HASH(blocklist, u32, u32, 4096);

int xdp_block(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	u32 *saddr = data + 14 + 12;
	if (blocklist.lookup(saddr)) // want "packet access"
		return XDP_DROP;
	return XDP_PASS;
}
