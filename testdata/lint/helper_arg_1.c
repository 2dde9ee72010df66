// The copy size comes straight from the syscall's count argument with no
// upper bound, so the helper could write past the stack buffer.
// kernel: R2 unbounded memory access, use 'var &= const' or 'if (var < const)'
BPF_PERF_OUTPUT(out);

TRACEPOINT_PROBE(syscalls, sys_enter_write)
{
	char buf[64];
	u32 n = args->count;
	bpf_probe_read_user(buf, n, args->buf); // want "argument"
	out.perf_submit(args, buf, sizeof(buf));
	return 0;
}
