// biolatency: block device I/O latency, from the request's issue to the
// device to its completion, as a log2 histogram of microseconds — BCC's
// biolatency, on the block tracepoints. Requests are matched by device and
// sector.
//   bccc run examples/biolatency.c --duration 5
struct rq_key {
	u64 dev;
	u64 sector;
};

BPF_HASH(issued, struct rq_key, u64, 10240);
BPF_HISTOGRAM(dist);

TRACEPOINT_PROBE(block, block_rq_issue)
{
	struct rq_key k = {};
	k.dev = args->dev;
	k.sector = args->sector;
	u64 ts = bpf_ktime_get_ns();
	issued.update(&k, &ts);
	return 0;
}

TRACEPOINT_PROBE(block, block_rq_complete)
{
	struct rq_key k = {};
	k.dev = args->dev;
	k.sector = args->sector;
	u64 *tsp = issued.lookup(&k);
	if (!tsp)
		return 0;
	u64 delta_us = (bpf_ktime_get_ns() - *tsp) / 1000;
	dist.increment(bpf_log2l(delta_us));
	issued.delete(&k);
	return 0;
}
