// A kernel constant bccc's kernel headers lack: the error names it, and a
// note says how to supply it.
#include <linux/sched.h>
int kprobe__do_exit(struct pt_regs *ctx)
{
	return TASK_COMM_LEN + NOT_A_KERNEL_MACRO; // ERROR "^use of undeclared identifier 'NOT_A_KERNEL_MACRO'$"
}
