// Maps of maps: BPF_ARRAY_OF_MAPS and BPF_HASH_OF_MAPS (every arity) with
// their inner template maps declared in the same program.
// @prog of_maps=XDP
BPF_ARRAY(inner_array, u64, 8);
BPF_HASH(inner_hash, u32, u64, 8);
BPF_ARRAY_OF_MAPS(outer_array, "inner_array", 4);
BPF_HASH_OF_MAPS(outer_hash2, "inner_hash");
BPF_HASH_OF_MAPS(outer_hash3, u64, "inner_hash");
BPF_HASH_OF_MAPS(outer_hash4, u32, "inner_array", 16);
BPF_TABLE("array_of_maps$inner_hash", int, int, outer_table, 2);

int of_maps(struct xdp_md *ctx)
{
	int k = 0;
	u32 k32 = 1;
	u64 k64 = 2;
	u64 sum = 0, *v;
	void *in = outer_array.lookup(&k);
	if (in && (v = bpf_map_lookup_elem(in, &k)))
		sum += *v;
	if ((in = outer_hash2.lookup(&k)) && (v = bpf_map_lookup_elem(in, &k32)))
		sum += *v;
	if ((in = outer_hash3.lookup(&k64)) && (v = bpf_map_lookup_elem(in, &k32)))
		sum += *v;
	if ((in = outer_hash4.lookup(&k32)) && (v = bpf_map_lookup_elem(in, &k)))
		sum += *v;
	if ((in = outer_table.lookup(&k)) && (v = bpf_map_lookup_elem(in, &k32)))
		sum += *v;
	return sum ? XDP_PASS : XDP_DROP;
}
