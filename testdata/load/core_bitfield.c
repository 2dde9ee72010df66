// CO-RE bit-field reads through probe reads: task_struct's in_execve (1
// while the kernel runs an exec, so at sched_process_exec) and
// sched_reset_on_fork. Each read relocates the unit's byte offset, the
// read size and both shifts (core_test.go moves the fields).
// @prog on_exec=TRACEPOINT:sched:sched_process_exec
#include <linux/sched.h>

struct bits {
	u64 in_execve;
	u64 reset_on_fork;
	u64 pid;
};
BPF_HASH(execs, u32, struct bits);

int on_exec(void *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	struct bits b = {};

	b.in_execve = task->in_execve;
	b.reset_on_fork = task->sched_reset_on_fork;
	b.pid = task->pid;
	execs.update(&pid, &b);
	return 0;
}
