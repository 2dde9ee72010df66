// Reading task->real_parent->tgid makes bccc emit bpf_probe_read_kernel
// (as BCC does), which is GPL-only; the license is "MIT".
// kernel: cannot call GPL-restricted function from non-GPL compatible program
#define BPF_LICENSE MIT
#include <linux/sched.h>
BPF_HASH(ppid_of, u32, u32);

int kprobe__wake_up_new_task(struct pt_regs *ctx, struct task_struct *p)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	u32 ppid = p->real_parent->tgid; // want "GPL"
	ppid_of.update(&pid, &ppid);
	return 0;
}
