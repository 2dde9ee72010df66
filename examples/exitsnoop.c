// exitsnoop: trace process termination. One ring buffer event per process
// that exits (its last thread): pid, parent pid, exit code, the signal
// that killed it, how long it lived and its name — BCC's exitsnoop.
//   bccc run examples/exitsnoop.c
#include <linux/sched.h>

struct exit_event {
	u32 pid;
	u32 ppid;
	int exit_code; // the status passed to exit(2)
	int sig;       // the signal that terminated it, or 0
	u64 age_ns;    // time since the process started
	char comm[TASK_COMM_LEN];
};

BPF_RINGBUF_OUTPUT(exits, 16);

TRACEPOINT_PROBE(sched, sched_process_exit)
{
	u64 id = bpf_get_current_pid_tgid();
	u32 pid = id >> 32, tid = (u32)id;
	if (pid != tid)
		return 0; // a thread, not the process
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	struct exit_event *e = exits.ringbuf_reserve(sizeof(struct exit_event));
	if (!e)
		return 0;
	int code = task->exit_code;
	e->pid = pid;
	e->ppid = task->real_parent->tgid;
	e->exit_code = (code >> 8) & 0xff;
	e->sig = code & 0x7f;
	e->age_ns = bpf_ktime_get_ns() - task->start_time;
	bpf_get_current_comm(&e->comm, sizeof(e->comm));
	exits.ringbuf_submit(e, 0);
	return 0;
}
