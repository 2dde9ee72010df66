// hardirqs: time spent in each hardware interrupt handler, in
// nanoseconds, by handler name (virtio0-requests, ttyS0, ...) — BCC's
// hardirqs, on the irq:irq_handler_entry and irq:irq_handler_exit
// tracepoints.
//   bccc run examples/hardirqs.c --duration 5
struct irq_key {
	char name[32];
};

struct irq_start {
	u64 ts;
	struct irq_key key;
};

// Handlers do not nest on a CPU: one start per CPU.
BPF_PERCPU_ARRAY(start, struct irq_start, 1);
BPF_HASH(time_ns, struct irq_key, u64);
BPF_HASH(count, struct irq_key, u64);

TRACEPOINT_PROBE(irq, irq_handler_entry)
{
	u32 zero = 0;
	struct irq_start *s = start.lookup(&zero);
	if (!s)
		return 0;
	s->ts = bpf_ktime_get_ns();
	// name is a __data_loc string: its offset from args is in the low 16
	// bits (BCC's TP_DATA_LOC_READ_STR, which bccc lacks, expands to this).
	unsigned short off = args->data_loc_name & 0xFFFF;
	bpf_probe_read_kernel_str(s->key.name, sizeof(s->key.name), (void *)args + off);
	return 0;
}

TRACEPOINT_PROBE(irq, irq_handler_exit)
{
	u32 zero = 0;
	struct irq_start *s = start.lookup(&zero);
	if (!s || s->ts == 0)
		return 0;
	u64 delta = bpf_ktime_get_ns() - s->ts;
	s->ts = 0;
	struct irq_key key = s->key;
	time_ns.increment(key, delta);
	count.increment(key);
	return 0;
}
