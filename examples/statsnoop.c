// statsnoop: trace stat(2)-family calls (newfstatat, which stat, lstat and
// fstatat use, and statx): the process, the path and the result — BCC's
// statsnoop, on the syscall tracepoints.
//   bccc run examples/statsnoop.c
#include <linux/sched.h>

struct stat_event {
	u32 pid;
	int ret;
	char comm[TASK_COMM_LEN];
	char fname[128];
};

BPF_HASH(pending, u32, const char *, 10240);
BPF_PERF_OUTPUT(events);

static int stat_entry(const char *filename)
{
	u32 tid = (u32)bpf_get_current_pid_tgid();
	pending.update(&tid, &filename);
	return 0;
}

static int stat_exit(void *ctx, long ret)
{
	u64 id = bpf_get_current_pid_tgid();
	u32 tid = (u32)id;
	const char **fnp = pending.lookup(&tid);
	if (!fnp)
		return 0;
	struct stat_event e = {};
	e.pid = id >> 32;
	e.ret = ret;
	bpf_get_current_comm(&e.comm, sizeof(e.comm));
	bpf_probe_read_user_str(e.fname, sizeof(e.fname), *fnp);
	events.perf_submit(ctx, &e, sizeof(e));
	pending.delete(&tid);
	return 0;
}

TRACEPOINT_PROBE(syscalls, sys_enter_newfstatat)
{
	return stat_entry(args->filename);
}

TRACEPOINT_PROBE(syscalls, sys_exit_newfstatat)
{
	return stat_exit(args, args->ret);
}

TRACEPOINT_PROBE(syscalls, sys_enter_statx)
{
	return stat_entry(args->filename);
}

TRACEPOINT_PROBE(syscalls, sys_exit_statx)
{
	return stat_exit(args, args->ret);
}
