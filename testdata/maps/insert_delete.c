// lookup, update (BPF_ANY), insert (BPF_NOEXIST; a warning on arrays),
// delete: their results go to out.
// @prog ops=XDP
BPF_HASH(h, u32, u64, 4);
BPF_ARRAY(a, u64, 4);
BPF_ARRAY(out, s64, 8);

int ops(struct xdp_md *ctx)
{
	u32 k = 1;
	int ak = 1;
	u64 v = 5, w = 6;
	s64 r[8];
	r[0] = h.insert(&k, &v);
	r[1] = h.insert(&k, &w);
	u64 *p = h.lookup(&k);
	r[2] = p ? *p : -1;
	r[3] = h.update(&k, &w);
	p = h.lookup(&k);
	r[4] = p ? *p : -1;
	r[5] = h.delete(&k);
	r[6] = h.delete(&k);
	r[7] = a.insert(&ak, &v);
	for (int i = 0; i < 8; i++)
		out.update(&i, &r[i]);
	return XDP_PASS;
}
