// Kernel types on demand: task->mm->arg_start defines struct mm_struct,
// reached through a pointer, because the program spells one of its
// members; arg_end and tgid appear only as macro arguments, so the first
// parse leaves them out and a second one adds them. A user struct named
// like a kernel struct (sample) keeps its own definition.
#include <linux/sched.h>

#define FIELD(p, f) p->f

struct sample {
	u64 start, end;
	u32 tg;
};
BPF_HASH(seen, u32, struct sample);

RAW_TRACEPOINT_PROBE(sys_enter)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	struct sample s = {};
	u32 key = bpf_get_current_pid_tgid() >> 32;

	s.start = task->mm->arg_start;
	s.end = FIELD(FIELD(task, mm), arg_end);
	s.tg = FIELD(task, tgid);
	seen.update(&key, &s);
	return 0;
}
