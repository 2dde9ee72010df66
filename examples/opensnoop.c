// opensnoop: trace openat(2). One event per call with the pid, uid, the
// file descriptor or error returned, the flags and the path — BCC's
// opensnoop. The path pointer is kept by thread id between the syscall's
// entry and its exit, where the result is known.
//   bccc run examples/opensnoop.c
#include <linux/sched.h>

#define NAME_MAX 255

struct open_args {
	const char *filename;
	int flags;
};

struct open_event {
	u32 pid;
	u32 uid;
	int ret; // fd, or -errno
	int flags;
	char comm[TASK_COMM_LEN];
	char fname[NAME_MAX + 1];
};

BPF_HASH(pending, u32, struct open_args, 10240);
BPF_PERCPU_ARRAY(scratch, struct open_event, 1);
BPF_PERF_OUTPUT(events);

TRACEPOINT_PROBE(syscalls, sys_enter_openat)
{
	u32 tid = (u32)bpf_get_current_pid_tgid();
	struct open_args a = {};
	a.filename = (const char *)args->filename;
	a.flags = args->flags;
	pending.update(&tid, &a);
	return 0;
}

TRACEPOINT_PROBE(syscalls, sys_exit_openat)
{
	u64 id = bpf_get_current_pid_tgid();
	u32 tid = (u32)id, zero = 0;
	struct open_args *a = pending.lookup(&tid);
	if (!a)
		return 0;
	struct open_event *e = scratch.lookup(&zero);
	if (!e) {
		pending.delete(&tid);
		return 0;
	}
	e->pid = id >> 32;
	e->uid = (u32)bpf_get_current_uid_gid();
	e->ret = args->ret;
	e->flags = a->flags;
	bpf_get_current_comm(&e->comm, sizeof(e->comm));
	bpf_probe_read_user_str(e->fname, sizeof(e->fname), a->filename);
	events.perf_submit(args, e, sizeof(*e));
	pending.delete(&tid);
	return 0;
}
