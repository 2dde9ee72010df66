// Code ported from TC to XDP still calls bpf_skb_load_bytes; XDP programs
// must use bpf_xdp_load_bytes or direct packet access.
// @prog xdp_ttl=XDP
// kernel: program of this type cannot use helper bpf_skb_load_bytes#26
BPF_ARRAY(ttl_hist, u64, 256);

int xdp_ttl(struct xdp_md *ctx)
{
	u8 ttl = 0;
	if (bpf_skb_load_bytes(ctx, 14 + 8, &ttl, 1) < 0) // want "not allowed"
		return XDP_PASS;
	ttl_hist.increment(ttl);
	return XDP_PASS;
}
