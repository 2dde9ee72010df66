// A 1 KiB path buffer on the stack: BPF programs get 512 bytes of stack.
// Use a per-CPU array map as scratch space instead.
// compile-error
// kernel: (not loaded: bccc refuses the program)
BPF_PERF_OUTPUT(paths);

int kprobe__do_sys_openat2(struct pt_regs *ctx) // want "512|stack"
{
	char path[1024];
	bpf_probe_read_user_str(path, sizeof(path), (void *)PT_REGS_PARM2(ctx));
	paths.perf_submit(ctx, path, sizeof(path));
	return 0;
}
