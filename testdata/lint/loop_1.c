// The loop count comes from a map value (a user-space setting) without a
// cap, so the verifier has to walk every possible iteration.
// kernel: The sequence of 8193 jumps is too complex.
BPF_ARRAY(config, u32, 1);
BPF_ARRAY(out, u64, 1);

int kprobe__do_sys_openat2(struct pt_regs *ctx)
{
	int zero = 0;
	u32 *n = config.lookup(&zero);
	if (!n)
		return 0;
	u64 h = bpf_get_current_pid_tgid();
	for (u32 i = 0; i < *n; i++) // want "loop|too complex"
		h = h * 31 + i;
	out.update(&zero, &h);
	return 0;
}
