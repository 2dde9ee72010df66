// The map value is read before the NULL check that is meant to guard it.
// kernel: R1 invalid mem access 'map_value_or_null'
struct conf {
	u32 enabled;
	u32 sample_rate;
};
BPF_HASH(config, u32, struct conf, 16);
BPF_HASH(hits, u32, u64);

RAW_TRACEPOINT_PROBE(sched_switch)
{
	u32 cpu = bpf_get_smp_processor_id();
	struct conf *c = config.lookup(&cpu);
	u32 rate = c->sample_rate; // want "may be NULL"
	if (!c || !c->enabled)
		return 0;
	u32 k = bpf_get_prandom_u32() % (rate + 1);
	hits.increment(k);
	return 0;
}
