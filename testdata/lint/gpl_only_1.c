// bpf_trace_printk is GPL-only, and the program declares a non-GPL license.
// kernel: cannot call GPL-restricted function from non-GPL compatible program
#define BPF_LICENSE Proprietary

int kprobe__do_sys_openat2(struct pt_regs *ctx)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	bpf_trace_printk("open by %d\n", pid); // want "GPL"
	return 0;
}
