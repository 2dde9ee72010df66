// A pointer read from the context is a kernel pointer (DIALECT §5.2): the
// struct pt_regs behind raw_syscalls:sys_enter's first argument is read
// with probe reads. Through an integer variable the tracking is lost.
BPF_ARRAY(seen, u64, 2);
BPF_ARRAY(target, u64, 2); // the thread and the syscall to record

RAW_TRACEPOINT_PROBE(sys_enter)
{
	int zero = 0, one = 1;
	u64 *tid = target.lookup(&zero), *want = target.lookup(&one);
	if (!tid || !want || *tid != (u32)bpf_get_current_pid_tgid() || ctx->args[1] != *want)
		return 0;
	struct pt_regs *regs = (struct pt_regs *)ctx->args[0];
	u64 nr = regs->orig_ax;
	u64 id = ctx->args[1];
	seen.update(&zero, &nr);
	seen.update(&one, &id);
	return 0;
}
