// Walking up the task's parents until pid 1, with no cap on the depth:
// each step is a probe read, and the loop has no bound the verifier can see.
// kernel: The sequence of 8193 jumps is too complex.
#include <linux/sched.h>
BPF_HASH(depth, u32, u32);

int kprobe__wake_up_new_task(struct pt_regs *ctx, struct task_struct *p)
{
	u32 pid = p->tgid;
	u32 d = 0;
	struct task_struct *t = p;
	while (t->tgid != 1) { // want "loop|too complex"
		t = t->real_parent;
		d++;
	}
	depth.update(&pid, &d);
	return 0;
}
