// readlat: latency of read(2), from entry to return, as a log2 histogram
// of microseconds (the seeds' read-latency exercise, on the syscall
// tracepoints rather than kprobe/kretprobe).
//   bccc run examples/readlat.c --duration 5
BPF_HASH(start, u32, u64, 10240);
BPF_HISTOGRAM(dist);

TRACEPOINT_PROBE(syscalls, sys_enter_read)
{
	u32 tid = (u32)bpf_get_current_pid_tgid();
	u64 ts = bpf_ktime_get_ns();
	start.update(&tid, &ts);
	return 0;
}

TRACEPOINT_PROBE(syscalls, sys_exit_read)
{
	u32 tid = (u32)bpf_get_current_pid_tgid();
	u64 *tsp = start.lookup(&tid);
	if (!tsp)
		return 0;
	u64 delta_us = (bpf_ktime_get_ns() - *tsp) / 1000;
	dist.increment(bpf_log2l(delta_us));
	start.delete(&tid);
	return 0;
}
