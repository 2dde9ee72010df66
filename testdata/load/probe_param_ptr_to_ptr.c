// A kprobe parameter that is a pointer to pointers (struct page **) is a
// kernel pointer: pages[i] is probe-read, and so is the read through the
// element. sys_enter reads the same shape at run time, a struct file **
// (the task's fd table) stepped by the fd the syscall was given.
// @prog on_release=KPROBE:release_pages
#include <linux/mm_types.h>
#include <linux/fdtable.h>
#include <linux/sched.h>

BPF_ARRAY(mappings, u64, 1);
BPF_ARRAY(target, u64, 2); // thread id, syscall number
BPF_ARRAY(found, u64, 3);  // f_pos via fds + fd, via slot[0], f_flags

int on_release(struct pt_regs *ctx, struct page **pages, int nr)
{
	int zero = 0;
	u64 *acc = mappings.lookup(&zero);
	if (!acc || nr < 2)
		return 0;
	struct page *first = pages[0];
	struct page *second = *(pages + 1);
	if (first && second)
		*acc |= (u64)first->mapping ^ (u64)second->mapping;
	return 0;
}

RAW_TRACEPOINT_PROBE(sys_enter)
{
	int k0 = 0, k1 = 1, k2 = 2;
	u64 *tid = target.lookup(&k0), *nr = target.lookup(&k1);
	if (!tid || !nr || *tid != (u32)bpf_get_current_pid_tgid() || ctx->args[1] != *nr)
		return 0;
	struct pt_regs *regs = (struct pt_regs *)ctx->args[0];
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	struct file **fds = task->files->fdt->fd;
	struct file **slot = fds + regs->di;
	struct file *f = slot[0];
	u64 pos = (*(fds + regs->di))->f_pos;
	u64 pos2 = f->f_pos;
	u64 fl = f->f_flags;
	found.update(&k0, &pos);
	found.update(&k1, &pos2);
	found.update(&k2, &fl);
	return 0;
}
