// Maps of maps: the outer maps hold inner maps compatible with the
// template map named in the declaration.
// @prog of_maps=XDP
BPF_ARRAY(inner_array, u64, 4);
BPF_HASH(inner_hash, u32, u64, 4);
BPF_ARRAY_OF_MAPS(outer_array, "inner_array", 2);
BPF_HASH_OF_MAPS(outer_hash, u32, "inner_hash", 2);

int of_maps(struct xdp_md *ctx)
{
	int k = 1;
	u32 hk = 9;
	u64 r = 0, *v;
	void *in = outer_array.lookup(&k);
	if (in && (v = bpf_map_lookup_elem(in, &k)))
		r += *v;
	in = outer_hash.lookup(&hk);
	if (in && (v = bpf_map_lookup_elem(in, &hk)))
		r += *v;
	return r;
}
