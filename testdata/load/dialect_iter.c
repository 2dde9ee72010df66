// BPF_ITER(task) is an iter/task program; its context, struct
// bpf_iter__task, comes from kernel BTF. It writes each task's tgid and
// pid (dialect_test.go reads them back).
#include <linux/sched.h>

BPF_ITER(task)
{
	struct seq_file *seq = ctx->meta->seq;
	struct task_struct *task = ctx->task;
	if (!task)
		return 0;
	u32 ids[2] = {task->tgid, task->pid};
	bpf_seq_write(seq, ids, sizeof(ids));
	return 0;
}
