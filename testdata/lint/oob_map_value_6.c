// Per-CPU ring of samples: the write position is masked with the wrong
// constant (& 16 instead of & 15), so position 16 is possible.
// kernel: invalid access to map value, value_size=136 off=136 size=8
struct ring {
	u32 pos;
	u32 pad;
	u64 ts[16];
};
BPF_PERCPU_ARRAY(rings, struct ring, 1);

TRACEPOINT_PROBE(sched, sched_wakeup)
{
	int zero = 0;
	struct ring *r = rings.lookup(&zero);
	if (!r)
		return 0;
	u32 p = r->pos & 16;
	r->ts[p] = bpf_ktime_get_ns(); // want "out of bounds"
	r->pos = p + 1;
	return 0;
}
