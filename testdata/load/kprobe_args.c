// BCC binds extra kprobe__ parameters to the argument registers.
BPF_HASH(last_flags, u32, u64);

int kprobe__do_sys_openat2(struct pt_regs *ctx, int dfd, const char *filename, void *how)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	u64 v = (u64)dfd ^ (u64)how;
	last_flags.update(&pid, &v);
	return 0;
}
