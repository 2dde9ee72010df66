// filelife: short-lived files: the age of each file deleted with
// unlink(2)/unlinkat(2) that was created while tracing, with the process
// that deleted it — BCC's filelife, on the syscall tracepoints. BCC keys
// the creation time by dentry; here it is keyed by the path as the
// program gave it (so create and delete must spell it the same way).
//   bccc run examples/filelife.c
#include <linux/sched.h>
#include <uapi/linux/fcntl.h>

#define PATHLEN 128

struct path_key {
	char name[PATHLEN];
};

struct create_args {
	const char *name;
};

struct life_event {
	u32 pid;
	u64 age_ms;
	char comm[TASK_COMM_LEN];
	char name[PATHLEN];
};

BPF_HASH(creating, u32, struct create_args, 1024);
BPF_HASH(birth, struct path_key, u64, 10240);
BPF_PERCPU_ARRAY(scratch, struct path_key, 1);
BPF_PERF_OUTPUT(events);

TRACEPOINT_PROBE(syscalls, sys_enter_openat)
{
	if (!(args->flags & O_CREAT))
		return 0;
	u32 tid = (u32)bpf_get_current_pid_tgid();
	struct create_args a = {};
	a.name = (const char *)args->filename;
	creating.update(&tid, &a);
	return 0;
}

TRACEPOINT_PROBE(syscalls, sys_exit_openat)
{
	u32 tid = (u32)bpf_get_current_pid_tgid(), zero = 0;
	struct create_args *a = creating.lookup(&tid);
	if (!a)
		return 0;
	struct path_key *k = scratch.lookup(&zero);
	if (k && args->ret >= 0) {
		__builtin_memset(k, 0, sizeof(*k));
		bpf_probe_read_user_str(k->name, sizeof(k->name), a->name);
		u64 ts = bpf_ktime_get_ns();
		birth.update(k, &ts);
	}
	creating.delete(&tid);
	return 0;
}

TRACEPOINT_PROBE(syscalls, sys_enter_unlinkat)
{
	u32 zero = 0;
	struct path_key *k = scratch.lookup(&zero);
	if (!k)
		return 0;
	__builtin_memset(k, 0, sizeof(*k));
	bpf_probe_read_user_str(k->name, sizeof(k->name), args->pathname);
	u64 *tsp = birth.lookup(k);
	if (!tsp)
		return 0;
	struct life_event e = {};
	e.pid = bpf_get_current_pid_tgid() >> 32;
	e.age_ms = (bpf_ktime_get_ns() - *tsp) / 1000000;
	bpf_get_current_comm(&e.comm, sizeof(e.comm));
	__builtin_memcpy(e.name, k->name, sizeof(e.name));
	events.perf_submit(args, &e, sizeof(e));
	birth.delete(k);
	return 0;
}
