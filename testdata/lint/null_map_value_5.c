// lookup_or_try_init may still return NULL (the insert can fail), but the
// result is used directly.
// kernel: R7 invalid mem access 'map_value_or_null'
struct counter {
	u64 n;
	u64 last_ns;
};
BPF_HASH(per_cpu_seen, u32, struct counter, 64);

int kprobe__tcp_sendmsg(struct pt_regs *ctx)
{
	u32 cpu = bpf_get_smp_processor_id();
	struct counter zero = {};
	struct counter *c = per_cpu_seen.lookup_or_try_init(&cpu, &zero);
	c->n++; // want "may be NULL"
	c->last_ns = bpf_ktime_get_ns();
	return 0;
}
