// delta is set only when a previous timestamp exists; otherwise the
// histogram slot is computed from an uninitialized value.
// @prog on_switch=TRACEPOINT:sched:sched_switch
// kernel: R6 !read_ok
BPF_HASH(last, u32, u64);
BPF_HISTOGRAM(dist);

int on_switch(void *ctx)
{
	u64 now = bpf_ktime_get_ns();
	u32 cpu = bpf_get_smp_processor_id();
	u64 delta;
	u64 *prev = last.lookup(&cpu);
	if (prev)
		delta = now - *prev;
	u32 usecs = delta / 1000; // want "uninitialized register"
	dist.increment(bpf_log2(usecs));
	last.update(&cpu, &now);
	return 0;
}
