// pidpersec: new processes (forks) per second — BCC's pidpersec, on the
// sched:sched_process_fork tracepoint. Print the count every second:
//   bccc run examples/pidpersec.c -i 1
BPF_ARRAY(stats, u64, 1);

TRACEPOINT_PROBE(sched, sched_process_fork)
{
	stats.atomic_increment(0);
	return 0;
}
