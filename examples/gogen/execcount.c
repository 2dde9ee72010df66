//go:build ignore

// Counts exec()s per process from the sched_process_exec raw tracepoint,
// remembering the command name each process ran. gogen.go generates the
// Go bindings (execcount_bpfel.go) with bccc gen.
struct exec_info {
	u64 count;
	char comm[16];
};

BPF_HASH(execs, u32, struct exec_info);

// sched_process_exec(struct task_struct *p, pid_t old_pid, struct linux_binprm *bprm)
RAW_TRACEPOINT_PROBE(sched_process_exec)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	struct exec_info zero = {};
	struct exec_info *info = execs.lookup_or_try_init(&pid, &zero);
	if (!info)
		return 0;
	__sync_fetch_and_add(&info->count, 1);
	bpf_get_current_comm(&info->comm, sizeof(info->comm));
	return 0;
}
