// A program may call only static functions, which are inlined; another
// program is not one (DIALECT §1.3).
int kprobe__do_sys_openat2(struct pt_regs *ctx, int dfd)
{
	return dfd;
}

int syscall__close(struct pt_regs *ctx, int fd)
{
	return kprobe__do_sys_openat2(ctx, fd);	// ERROR "cannot call non-static helper function"
}
