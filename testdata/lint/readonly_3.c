// A kretprobe trying to change the return value by writing pt_regs->ax:
// the kprobe context is read-only.
// kernel: invalid bpf_context access off=80 size=8
int kretprobe__do_sys_openat2(struct pt_regs *ctx)
{
	long ret = PT_REGS_RC(ctx);
	if (ret < 0)
		ctx->ax = 0; // want "read-only"
	return 0;
}
