// task_storage_get creates the current task's value, task_storage_delete
// drops it.
// @prog task=RAW_TRACEPOINT:sys_enter
BPF_ARRAY(cfg, u32, 1); // 1: delete
BPF_TASK_STORAGE(per_task, u64);

int task(struct bpf_raw_tracepoint_args *ctx)
{
	int zero = 0;
	u32 *del = cfg.lookup(&zero);
	struct task_struct *t = bpf_get_current_task_btf();
	if (del && *del)
		return per_task.task_storage_delete(t) == 0 ? 1000 : 2000;
	u64 *n = per_task.task_storage_get(t, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
	if (!n)
		return 3000;
	*n += 1;
	return *n;
}
