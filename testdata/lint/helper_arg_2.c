// A signed length is capped from above only; a negative length would pass
// the check and be used as the helper's size.
// kernel: R2 unbounded memory access, use 'var &= const' or 'if (var < const)'
struct sample {
	char data[128];
};
BPF_PERCPU_ARRAY(scratch, struct sample, 1);
BPF_PERF_OUTPUT(out);

int kprobe__do_sys_openat2(struct pt_regs *ctx)
{
	int zero = 0;
	struct sample *s = scratch.lookup(&zero);
	if (!s)
		return 0;
	int len = PT_REGS_PARM3(ctx);
	if (len > 128)
		len = 128;
	bpf_probe_read_kernel(s->data, len, (void *)PT_REGS_PARM2(ctx)); // want "argument"
	out.perf_submit(ctx, s, sizeof(*s));
	return 0;
}
