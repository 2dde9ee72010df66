// BCC's table set on every BPF_TABLE type that has it: lookup,
// lookup_or_init, lookup_or_try_init, update, insert, delete, increment,
// atomic_increment; the shorthand macros with their default arguments.
// @prog table_set=XDP
struct key {
	u32 a;
	u16 b;
};

BPF_TABLE("hash", struct key, u64, t_hash, 64);
BPF_F_TABLE("hash", u32, u64, t_hash_np, 64, BPF_F_NO_PREALLOC);
BPF_TABLE("array", int, u32, t_array, 64);
BPF_TABLE("percpu_hash", u32, u64, t_percpu_hash, 64);
BPF_TABLE("percpu_array", int, u64, t_percpu_array, 64);
BPF_TABLE("lru_hash", u64, u64, t_lru_hash, 64);
BPF_TABLE("lru_percpu_hash", u32, u32, t_lru_percpu_hash, 64);
BPF_TABLE("histogram", int, u64, t_hist_array, 64);
BPF_TABLE("histogram", u32, u64, t_hist_hash, 64);
BPF_HASH(s_hash1);
BPF_HASH(s_hash2, u32);
BPF_HASH(s_hash3, u32, u16);
BPF_HASH(s_hash4, u32, u16, 8);
BPF_ARRAY(s_array1);
BPF_ARRAY(s_array2, u32);
BPF_ARRAY(s_array3, u32, 8);
BPF_PERCPU_HASH(s_percpu_hash, u32, u64, 8);
BPF_PERCPU_ARRAY(s_percpu_array, u64, 8);
BPF_HISTOGRAM(s_hist1);
BPF_HISTOGRAM(s_hist2, u64);
BPF_HISTOGRAM(s_hist3, u64, 16);
BPF_LPM_TRIE(s_lpm1);
BPF_LPM_TRIE(s_lpm2, struct key);
BPF_LPM_TRIE(s_lpm3, u64, u32);
BPF_LPM_TRIE(s_lpm4, u64, u32, 16);

#define ALL(m, K, V) do { \
	K k = {}; \
	V v = {}, *p; \
	p = m.lookup(&k); \
	if (p) \
		n += *p; \
	p = m.lookup_or_try_init(&k, &v); \
	if (p) \
		n += *p; \
	m.update(&k, &v); \
	m.insert(&k, &v); \
	m.delete(&k); \
} while (0)

static int all_init(void)
{
	u32 k = 1;
	u64 zero = 0, *p = t_hash_np.lookup_or_init(&k, &zero);
	return p ? 1 : 2;
}

int table_set(struct xdp_md *ctx)
{
	u64 n = 0;
	ALL(t_hash, struct key, u64);
	ALL(t_hash_np, u32, u64);
	ALL(t_array, int, u32);
	ALL(t_percpu_hash, u32, u64);
	ALL(t_percpu_array, int, u64);
	ALL(t_lru_hash, u64, u64);
	ALL(t_lru_percpu_hash, u32, u32);
	ALL(t_hist_array, int, u64);
	ALL(t_hist_hash, u32, u64);
	ALL(s_hash1, u64, u64);
	ALL(s_hash4, u32, u16);
	ALL(s_array1, int, u64);
	ALL(s_array3, int, u32);
	ALL(s_percpu_hash, u32, u64);
	ALL(s_percpu_array, int, u64);
	ALL(s_hist3, u64, u64);
	ALL(s_lpm2, struct key, u64);
	ALL(s_lpm4, u64, u32);

	struct key sk = {1, 2};
	t_hash.increment(sk);
	t_hash.atomic_increment(sk, 5);
	t_array.increment(3);
	t_array.atomic_increment(3, 2);
	t_percpu_hash.increment(4, 3);
	t_percpu_array.atomic_increment(4);
	t_lru_hash.increment(5);
	t_lru_percpu_hash.atomic_increment(5, 7);
	t_hist_array.increment(bpf_log2l(n));
	t_hist_hash.atomic_increment(bpf_log2l(n));
	s_hash2.increment(1);
	s_hash3.increment(1, 2);
	s_array2.atomic_increment(1);
	s_hist1.increment(1);
	s_hist2.atomic_increment(1, 10);
	u64 lk = 0;
	s_lpm1.update(&lk, &lk);
	s_lpm3.lookup(&lk);

	u32 k = 0;
	u64 zero = 0;
	u64 *p = t_hash_np.lookup_or_init(&k, &zero);
	if (all_init() == 2)
		return XDP_DROP;
	return p ? XDP_PASS : XDP_DROP;
}
