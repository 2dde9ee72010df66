// System calls by number and a log2 histogram of read(2) sizes, as BCC's
// syscount and a read-size tool would print them:
//   bccc run examples/syscount.c -i 1 --duration 5
BPF_HASH(calls, u64, u64);
BPF_HISTOGRAM(read_bytes);

RAW_TRACEPOINT_PROBE(sys_enter)
{
	u64 id = ctx->args[1]; // sys_enter(struct pt_regs *regs, long id)
	calls.increment(id);
	return 0;
}

TRACEPOINT_PROBE(syscalls, sys_exit_read)
{
	if (args->ret > 0)
		read_bytes.increment(bpf_log2l(args->ret));
	return 0;
}
