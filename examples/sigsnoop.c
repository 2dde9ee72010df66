// sigsnoop: trace every signal the kernel generates (kill(2), tgkill(2),
// faults, timers, child exits...): the sender, the target, the signal and
// whether it was delivered — BCC's sigsnoop, on signal:signal_generate.
//   bccc run examples/sigsnoop.c
#include <linux/sched.h>

struct sig_event {
	u32 pid;  // the task generating the signal
	int tpid; // the target
	int sig;
	int result; // 0: delivered, 1: ignored, 2: already pending, ...
	char comm[TASK_COMM_LEN];
	char tcomm[TASK_COMM_LEN];
};

BPF_PERF_OUTPUT(events);

TRACEPOINT_PROBE(signal, signal_generate)
{
	struct sig_event e = {};
	e.pid = bpf_get_current_pid_tgid() >> 32;
	e.tpid = args->pid;
	e.sig = args->sig;
	e.result = args->result;
	bpf_get_current_comm(&e.comm, sizeof(e.comm));
	bpf_probe_read_kernel_str(e.tcomm, sizeof(e.tcomm), args->comm);
	events.perf_submit(args, &e, sizeof(e));
	return 0;
}
