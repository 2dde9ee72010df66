// A kernel type that kernel BTF does not have: named at the dereference.
#include <linux/sched.h>

int kprobe__do_nanosleep(struct pt_regs *ctx)
{
	struct nosuch_kernel_type *p = (struct nosuch_kernel_type *)PT_REGS_PARM1(ctx);
	u32 x = p->field;	// ERROR "^unknown kernel type 'struct nosuch_kernel_type': not in kernel BTF \(/sys/kernel/btf/vmlinux\)$"
	bpf_trace_printk("%d\n", x);
	return 0;
}
