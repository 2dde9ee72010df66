// sizeof of a kernel union that kernel BTF does not have; a pointer to one
// that is never dereferenced is fine.
#include <linux/sched.h>

int kprobe__do_nanosleep(struct pt_regs *ctx, struct task_struct *t, union nosuch_kernel_union *u)
{
	u64 n = 0;
	bpf_probe_read_kernel(&n, sizeof(*u), u);	// ERROR "^unknown kernel type 'union nosuch_kernel_union': not in kernel BTF"
	return n + t->pid;
}
