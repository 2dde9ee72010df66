// The raw tracepoint argument is kept as a u64, so nothing marks it as a
// kernel pointer; reading through it is a direct load from a scalar.
// kernel: R1 invalid mem access 'scalar'
BPF_HASH(flags_by_pid, u32, u32);

RAW_TRACEPOINT_PROBE(sched_process_exec)
{
	u64 task = ctx->args[0];
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	u32 flags = *(u32 *)(task + 44); // want "not a pointer"
	flags_by_pid.update(&pid, &flags);
	return 0;
}
