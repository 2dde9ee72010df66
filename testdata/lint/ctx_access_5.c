// The 7th argument of a function is on the stack, not in struct pt_regs;
// indexing past the end of pt_regs is an invalid ctx access.
// kernel: invalid bpf_context access off=168 size=8
BPF_HASH(arg7, u32, u64);

int kprobe__do_sys_openat2(struct pt_regs *ctx)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	u64 a = ((u64 *)ctx)[21]; // want "context"
	arg7.update(&pid, &a);
	return 0;
}
