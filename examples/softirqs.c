// softirqs: time spent in each kind of soft interrupt, in nanoseconds,
// and how often each ran — BCC's softirqs, on the irq:softirq_entry and
// irq:softirq_exit tracepoints. The map keys are an enum, so they print
// by name (net_rx, timer, ...).
//   bccc run examples/softirqs.c --duration 5
enum softirq_kind {
	hi,
	timer,
	net_tx,
	net_rx,
	block,
	irq_poll,
	tasklet,
	sched,
	hrtimer,
	rcu,
};

// Soft interrupts do not nest on a CPU: one start time per CPU.
BPF_PERCPU_ARRAY(start, u64, 1);
BPF_HASH(time_ns, enum softirq_kind, u64);
BPF_HASH(count, enum softirq_kind, u64);

TRACEPOINT_PROBE(irq, softirq_entry)
{
	u32 zero = 0;
	u64 *ts = start.lookup(&zero);
	if (ts)
		*ts = bpf_ktime_get_ns();
	return 0;
}

TRACEPOINT_PROBE(irq, softirq_exit)
{
	u32 zero = 0;
	u64 *ts = start.lookup(&zero);
	if (!ts || *ts == 0)
		return 0;
	enum softirq_kind vec = args->vec;
	u64 delta = bpf_ktime_get_ns() - *ts;
	*ts = 0;
	// Count first: a reader that sees a time sees its count.
	count.increment(vec);
	time_ns.atomic_increment(vec, delta);
	return 0;
}
