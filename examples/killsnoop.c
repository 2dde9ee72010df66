// killsnoop: trace signals sent with kill(2). One event per call: the
// sender's pid and name, the target pid, the signal and the result —
// BCC's killsnoop, on the syscall tracepoints.
//   bccc run examples/killsnoop.c
// and, in another shell: kill -0 $$
#include <linux/sched.h>

struct kill_event {
	u32 pid;  // sender
	int tpid; // target (kill's pid argument)
	int sig;
	int ret;
	char comm[TASK_COMM_LEN];
};

BPF_HASH(calls, u32, struct kill_event);
BPF_RINGBUF_OUTPUT(events, 8);

TRACEPOINT_PROBE(syscalls, sys_enter_kill)
{
	u64 id = bpf_get_current_pid_tgid();
	u32 tid = (u32)id;
	struct kill_event e = {};
	e.pid = id >> 32;
	e.tpid = args->pid;
	e.sig = args->sig;
	bpf_get_current_comm(&e.comm, sizeof(e.comm));
	calls.update(&tid, &e);
	return 0;
}

TRACEPOINT_PROBE(syscalls, sys_exit_kill)
{
	u32 tid = (u32)bpf_get_current_pid_tgid();
	struct kill_event *e = calls.lookup(&tid);
	if (!e)
		return 0;
	e->ret = args->ret;
	events.ringbuf_output(e, sizeof(*e), 0);
	calls.delete(&tid);
	return 0;
}
