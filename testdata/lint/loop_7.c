// The loop steps by 2 and stops at equality: for an odd target it would
// never stop, so the verifier cannot prove termination.
// kernel: The sequence of 8193 jumps is too complex.
BPF_HASH(steps, u32, u32);

int kprobe__do_nanosleep(struct pt_regs *ctx)
{
	u32 target = PT_REGS_PARM2(ctx);
	u32 n = 0;
	for (u32 i = 0; i != target; i += 2) // want "loop|too complex"
		n++;
	u32 pid = bpf_get_current_pid_tgid();
	steps.update(&pid, &n);
	return 0;
}
