// ts is only assigned when the lookup finds an entry; on the other path an
// uninitialized value is passed to bpf_trace_printk.
// kernel: R6 !read_ok
BPF_HASH(start, u32, u64);

int kprobe__do_sys_openat2(struct pt_regs *ctx)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	u64 ts;
	u64 *v = start.lookup(&pid);
	if (v)
		ts = *v;
	bpf_trace_printk("start %llu\n", ts); // want "uninitialized register"
	return 0;
}
