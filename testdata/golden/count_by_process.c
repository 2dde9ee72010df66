// Count execve(2) calls per process in a hash map (seed: "count by process").
// @prog count_exec=TRACEPOINT:syscalls:sys_enter_execve
BPF_HASH(counts, u32, u64);

int count_exec(void *ctx)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	u64 zero = 0, *val;

	val = counts.lookup_or_try_init(&pid, &zero);
	if (val)
		(*val)++;
	return 0;
}
