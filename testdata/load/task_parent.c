// Nested reads through kernel pointers: the current task's parent's tgid
// (two probe reads), and a task's comm copied as a whole.
// @prog on_exec=TRACEPOINT:sched:sched_process_exec
#include <linux/sched.h>

struct info {
	u32 ppid;
	char comm[TASK_COMM_LEN];
};
BPF_HASH(parents, u32, struct info);

int on_exec(void *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	struct info i = {};
	u32 pid = bpf_get_current_pid_tgid() >> 32;

	i.ppid = task->real_parent->tgid;
	bpf_probe_read_kernel_str(&i.comm, sizeof(i.comm), task->comm);
	parents.update(&pid, &i);
	return 0;
}
