// cpudist: how long tasks run on a CPU before they are switched out, as a
// log2 histogram of microseconds — BCC's cpudist (on-CPU time), on the
// sched_switch tracepoint.
//   bccc run examples/cpudist.c --duration 5
BPF_HASH(oncpu, u32, u64, 10240);
BPF_HISTOGRAM(dist);

TRACEPOINT_PROBE(sched, sched_switch)
{
	u64 now = bpf_ktime_get_ns();
	u32 prev = args->prev_pid, next = args->next_pid;

	if (prev != 0) {
		u64 *tsp = oncpu.lookup(&prev);
		if (tsp) {
			u64 delta_us = (now - *tsp) / 1000;
			dist.increment(bpf_log2l(delta_us));
			oncpu.delete(&prev);
		}
	}
	if (next != 0)
		oncpu.update(&next, &now);
	return 0;
}
