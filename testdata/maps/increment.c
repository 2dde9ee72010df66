// increment and atomic_increment: a hit adds; a miss inserts only on maps
// of type exactly BPF_MAP_TYPE_HASH (including histograms whose key is not
// int), and is a no-op on every other type.
// @prog inc=XDP
typedef int myint;

BPF_ARRAY(cfg, u32, 1);
BPF_HASH(h, u32, u64);
BPF_HASH(h_atomic, u32, u32);
BPF_ARRAY(a, u64, 8);
BPF_TABLE("lru_hash", u32, u64, lru, 16);
BPF_PERCPU_HASH(pch, u32, u64);
BPF_HISTOGRAM(hist_int);
BPF_HISTOGRAM(hist_myint, myint);
BPF_HISTOGRAM(hist_u32, u32);
BPF_HISTOGRAM(hist_u64, u64);

int inc(struct xdp_md *ctx)
{
	int zero = 0;
	u32 *kp = cfg.lookup(&zero);
	if (!kp)
		return XDP_ABORTED;
	u32 k = *kp;
	h.increment(k);
	h_atomic.atomic_increment(k, 5);
	a.increment(k);
	a.atomic_increment(k, 10);
	lru.increment(k);
	pch.increment(k, 3);
	hist_int.increment(k);
	hist_myint.increment(k);
	hist_u32.increment(k);
	hist_u64.atomic_increment(k, 2);
	return XDP_PASS;
}
