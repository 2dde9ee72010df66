// perf_submit is bpf_perf_event_output, a GPL-only helper; the program's
// license is BSD.
// kernel: cannot call GPL-restricted function from non-GPL compatible program
#define BPF_LICENSE BSD
struct ev {
	u32 pid;
	u32 cpu;
};
BPF_PERF_OUTPUT(events);

TRACEPOINT_PROBE(sched, sched_process_exit)
{
	struct ev e = {};
	e.pid = bpf_get_current_pid_tgid() >> 32;
	e.cpu = bpf_get_smp_processor_id();
	events.perf_submit(args, &e, sizeof(e)); // want "GPL"
	return 0;
}
