// Histogram slots indexed by a value taken from the ctx with no bound at all.
// kernel: R1 unbounded memory access, make sure to bounds check any such access
struct hist {
	u64 slots[32];
};
BPF_HASH(lat, u32, struct hist, 128);

RAW_TRACEPOINT_PROBE(sys_enter)
{
	u32 nr = ctx->args[1];
	u32 cpu = bpf_get_smp_processor_id();
	struct hist *h = lat.lookup(&cpu);
	if (!h)
		return 0;
	h->slots[nr]++; // want "out of bounds"
	return 0;
}
