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

/* Every map gets the same calls, written out: BCC (and bccc) reject map
 * methods called from a macro expansion. */

static int all_init(void)
{
	u32 k = 1;
	u64 zero = 0, *p = t_hash_np.lookup_or_init(&k, &zero);
	return p ? 1 : 2;
}

int table_set(struct xdp_md *ctx)
{
	u64 n = 0;
	{
		struct key k = {};
		u64 v = {}, *p;
		p = t_hash.lookup(&k);
		if (p)
			n += *p;
		p = t_hash.lookup_or_try_init(&k, &v);
		if (p)
			n += *p;
		t_hash.update(&k, &v);
		t_hash.insert(&k, &v);
		t_hash.delete(&k);
	}
	{
		u32 k = {};
		u64 v = {}, *p;
		p = t_hash_np.lookup(&k);
		if (p)
			n += *p;
		p = t_hash_np.lookup_or_try_init(&k, &v);
		if (p)
			n += *p;
		t_hash_np.update(&k, &v);
		t_hash_np.insert(&k, &v);
		t_hash_np.delete(&k);
	}
	{
		int k = {};
		u32 v = {}, *p;
		p = t_array.lookup(&k);
		if (p)
			n += *p;
		p = t_array.lookup_or_try_init(&k, &v);
		if (p)
			n += *p;
		t_array.update(&k, &v);
		t_array.insert(&k, &v);
		t_array.delete(&k);
	}
	{
		u32 k = {};
		u64 v = {}, *p;
		p = t_percpu_hash.lookup(&k);
		if (p)
			n += *p;
		p = t_percpu_hash.lookup_or_try_init(&k, &v);
		if (p)
			n += *p;
		t_percpu_hash.update(&k, &v);
		t_percpu_hash.insert(&k, &v);
		t_percpu_hash.delete(&k);
	}
	{
		int k = {};
		u64 v = {}, *p;
		p = t_percpu_array.lookup(&k);
		if (p)
			n += *p;
		p = t_percpu_array.lookup_or_try_init(&k, &v);
		if (p)
			n += *p;
		t_percpu_array.update(&k, &v);
		t_percpu_array.insert(&k, &v);
		t_percpu_array.delete(&k);
	}
	{
		u64 k = {};
		u64 v = {}, *p;
		p = t_lru_hash.lookup(&k);
		if (p)
			n += *p;
		p = t_lru_hash.lookup_or_try_init(&k, &v);
		if (p)
			n += *p;
		t_lru_hash.update(&k, &v);
		t_lru_hash.insert(&k, &v);
		t_lru_hash.delete(&k);
	}
	{
		u32 k = {};
		u32 v = {}, *p;
		p = t_lru_percpu_hash.lookup(&k);
		if (p)
			n += *p;
		p = t_lru_percpu_hash.lookup_or_try_init(&k, &v);
		if (p)
			n += *p;
		t_lru_percpu_hash.update(&k, &v);
		t_lru_percpu_hash.insert(&k, &v);
		t_lru_percpu_hash.delete(&k);
	}
	{
		int k = {};
		u64 v = {}, *p;
		p = t_hist_array.lookup(&k);
		if (p)
			n += *p;
		p = t_hist_array.lookup_or_try_init(&k, &v);
		if (p)
			n += *p;
		t_hist_array.update(&k, &v);
		t_hist_array.insert(&k, &v);
		t_hist_array.delete(&k);
	}
	{
		u32 k = {};
		u64 v = {}, *p;
		p = t_hist_hash.lookup(&k);
		if (p)
			n += *p;
		p = t_hist_hash.lookup_or_try_init(&k, &v);
		if (p)
			n += *p;
		t_hist_hash.update(&k, &v);
		t_hist_hash.insert(&k, &v);
		t_hist_hash.delete(&k);
	}
	{
		u64 k = {};
		u64 v = {}, *p;
		p = s_hash1.lookup(&k);
		if (p)
			n += *p;
		p = s_hash1.lookup_or_try_init(&k, &v);
		if (p)
			n += *p;
		s_hash1.update(&k, &v);
		s_hash1.insert(&k, &v);
		s_hash1.delete(&k);
	}
	{
		u32 k = {};
		u16 v = {}, *p;
		p = s_hash4.lookup(&k);
		if (p)
			n += *p;
		p = s_hash4.lookup_or_try_init(&k, &v);
		if (p)
			n += *p;
		s_hash4.update(&k, &v);
		s_hash4.insert(&k, &v);
		s_hash4.delete(&k);
	}
	{
		int k = {};
		u64 v = {}, *p;
		p = s_array1.lookup(&k);
		if (p)
			n += *p;
		p = s_array1.lookup_or_try_init(&k, &v);
		if (p)
			n += *p;
		s_array1.update(&k, &v);
		s_array1.insert(&k, &v);
		s_array1.delete(&k);
	}
	{
		int k = {};
		u32 v = {}, *p;
		p = s_array3.lookup(&k);
		if (p)
			n += *p;
		p = s_array3.lookup_or_try_init(&k, &v);
		if (p)
			n += *p;
		s_array3.update(&k, &v);
		s_array3.insert(&k, &v);
		s_array3.delete(&k);
	}
	{
		u32 k = {};
		u64 v = {}, *p;
		p = s_percpu_hash.lookup(&k);
		if (p)
			n += *p;
		p = s_percpu_hash.lookup_or_try_init(&k, &v);
		if (p)
			n += *p;
		s_percpu_hash.update(&k, &v);
		s_percpu_hash.insert(&k, &v);
		s_percpu_hash.delete(&k);
	}
	{
		int k = {};
		u64 v = {}, *p;
		p = s_percpu_array.lookup(&k);
		if (p)
			n += *p;
		p = s_percpu_array.lookup_or_try_init(&k, &v);
		if (p)
			n += *p;
		s_percpu_array.update(&k, &v);
		s_percpu_array.insert(&k, &v);
		s_percpu_array.delete(&k);
	}
	{
		u64 k = {};
		u64 v = {}, *p;
		p = s_hist3.lookup(&k);
		if (p)
			n += *p;
		p = s_hist3.lookup_or_try_init(&k, &v);
		if (p)
			n += *p;
		s_hist3.update(&k, &v);
		s_hist3.insert(&k, &v);
		s_hist3.delete(&k);
	}
	{
		struct key k = {};
		u64 v = {}, *p;
		p = s_lpm2.lookup(&k);
		if (p)
			n += *p;
		p = s_lpm2.lookup_or_try_init(&k, &v);
		if (p)
			n += *p;
		s_lpm2.update(&k, &v);
		s_lpm2.insert(&k, &v);
		s_lpm2.delete(&k);
	}
	{
		u64 k = {};
		u32 v = {}, *p;
		p = s_lpm4.lookup(&k);
		if (p)
			n += *p;
		p = s_lpm4.lookup_or_try_init(&k, &v);
		if (p)
			n += *p;
		s_lpm4.update(&k, &v);
		s_lpm4.insert(&k, &v);
		s_lpm4.delete(&k);
	}

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
