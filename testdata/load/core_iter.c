// BPF_ITER(task) reads BTF pointers with plain loads: task->tgid,
// task->pid and the bit-field task->in_execve carry CO-RE relocations on
// the load offsets and the shifts (core_test.go moves the fields).
#include <linux/sched.h>

BPF_ITER(task)
{
	struct seq_file *seq = ctx->meta->seq;
	struct task_struct *task = ctx->task;
	if (!task)
		return 0;
	u32 v[3] = {task->tgid, task->pid, task->in_execve};
	bpf_seq_write(seq, v, sizeof(v));
	return 0;
}
