// CO-RE queries and BPF_CORE_READ on kernel types.
// @prog on_exec=TRACEPOINT:sched:sched_process_exec
#include <linux/sched.h>

struct core_facts {
	u64 pid_exists;
	u64 pid_size;
	u64 task_exists;
	u64 task_size;
	u64 ppid;
};
BPF_ARRAY(facts, struct core_facts, 1);

int on_exec(void *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	int k = 0;
	struct core_facts *f = facts.lookup(&k);
	if (!f)
		return 0;
	f->pid_exists = bpf_core_field_exists(task->pid);
	f->pid_size = bpf_core_field_size(task->pid);
	f->task_exists = bpf_core_type_exists(struct task_struct);
	f->task_size = bpf_core_type_size(struct task_struct);
	f->ppid = BPF_CORE_READ(task, real_parent, tgid);
	return 0;
}
