// mountsnoop: trace mount(2) and umount2(2) system-wide: the process, the
// source, mount point, file system type and flags, and the result — BCC's
// mountsnoop, on the syscall tracepoints. The string pointers are kept by
// thread id from entry and read at exit, with the result.
//   bccc run examples/mountsnoop.c
// and, in another shell: mount -t tmpfs none /mnt && umount /mnt
#include <linux/sched.h>

#define OP_MOUNT 0
#define OP_UMOUNT 1

struct mount_args {
	u32 op;
	u64 flags;
	const char *source;
	const char *target;
	const char *fstype;
};

struct mount_event {
	u32 pid;
	u32 tid;
	u32 op; // 0: mount, 1: umount
	int ret;
	u64 flags;
	char comm[TASK_COMM_LEN];
	char source[64];
	char target[64];
	char fstype[16];
};

BPF_HASH(pending, u32, struct mount_args, 1024);
BPF_PERCPU_ARRAY(scratch, struct mount_event, 1);
BPF_PERF_OUTPUT(events);

TRACEPOINT_PROBE(syscalls, sys_enter_mount)
{
	u32 tid = (u32)bpf_get_current_pid_tgid();
	struct mount_args a = {};
	a.op = OP_MOUNT;
	a.flags = args->flags;
	a.source = args->dev_name;
	a.target = args->dir_name;
	a.fstype = args->type;
	pending.update(&tid, &a);
	return 0;
}

TRACEPOINT_PROBE(syscalls, sys_enter_umount)
{
	u32 tid = (u32)bpf_get_current_pid_tgid();
	struct mount_args a = {};
	a.op = OP_UMOUNT;
	a.flags = args->flags;
	a.target = args->name;
	pending.update(&tid, &a);
	return 0;
}

static int mount_exit(void *ctx, long ret)
{
	u64 id = bpf_get_current_pid_tgid();
	u32 tid = (u32)id, zero = 0;
	struct mount_args *a = pending.lookup(&tid);
	if (!a)
		return 0;
	struct mount_event *e = scratch.lookup(&zero);
	if (!e) {
		pending.delete(&tid);
		return 0;
	}
	e->pid = id >> 32;
	e->tid = tid;
	e->op = a->op;
	e->ret = ret;
	e->flags = a->flags;
	bpf_get_current_comm(&e->comm, sizeof(e->comm));
	e->source[0] = e->fstype[0] = '\0';
	if (a->source)
		bpf_probe_read_user_str(e->source, sizeof(e->source), a->source);
	bpf_probe_read_user_str(e->target, sizeof(e->target), a->target);
	if (a->fstype)
		bpf_probe_read_user_str(e->fstype, sizeof(e->fstype), a->fstype);
	events.perf_submit(ctx, e, sizeof(*e));
	pending.delete(&tid);
	return 0;
}

TRACEPOINT_PROBE(syscalls, sys_exit_mount)
{
	return mount_exit(args, args->ret);
}

TRACEPOINT_PROBE(syscalls, sys_exit_umount)
{
	return mount_exit(args, args->ret);
}
