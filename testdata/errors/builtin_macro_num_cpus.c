// BCC: bpf_num_cpus() may not come from the user's macro expansions
// (BCC's rewriter replaces the call where the source spells it); macros in
// the arguments of a macro are fine.
// @prog count=SOCKET_FILTER
BPF_ARRAY(seen, u64, 1);
#define NCPUS bpf_num_cpus()
#define TWICE(x) ((x) * 2)
int count(struct __sk_buff *skb)
{
	int k = 0;
	u64 a = bpf_num_cpus();
	u64 b = TWICE(bpf_num_cpus());
	u64 c = NCPUS; // ERROR "cannot use builtin inside a macro"
	seen.update(&k, &a);
	return a + b + c;
}
