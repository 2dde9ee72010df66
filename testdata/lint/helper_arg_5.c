// The comm buffer is 16 bytes but the helper is told it is 32.
// kernel: invalid write to stack R1 off=-16 size=32
BPF_PERF_OUTPUT(events);

TRACEPOINT_PROBE(sched, sched_process_fork)
{
	char comm[16];
	bpf_get_current_comm(comm, 32); // want "argument"
	events.perf_submit(args, comm, sizeof(comm));
	return 0;
}
