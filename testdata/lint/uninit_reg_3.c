// The exit code is only captured for failing calls, but it is printed on
// every path.
// kernel: R6 !read_ok
int kretprobe__do_sys_openat2(struct pt_regs *ctx)
{
	long ret = PT_REGS_RC(ctx);
	int err;
	u64 id = bpf_get_current_pid_tgid();
	if (ret < 0)
		err = -ret;
	bpf_trace_printk("pid %d err %d\n", id >> 32, err); // want "uninitialized register"
	return 0;
}
