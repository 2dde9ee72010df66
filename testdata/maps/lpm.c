// BPF_LPM_TRIE: a lookup finds the longest matching prefix.
// @prog route=XDP
struct lpm_key {
	u32 prefixlen;
	u8 addr[4];
};

BPF_ARRAY(query, struct lpm_key, 1);
BPF_LPM_TRIE(routes, struct lpm_key, u32, 16);
BPF_ARRAY(out, u32, 1);

int route(struct xdp_md *ctx)
{
	int zero = 0;
	struct lpm_key *q = query.lookup(&zero);
	if (!q)
		return XDP_ABORTED;
	struct lpm_key k = *q;
	u32 *v = routes.lookup(&k);
	u32 r = v ? *v : 0xffffffff;
	out.update(&zero, &r);
	return XDP_PASS;
}
