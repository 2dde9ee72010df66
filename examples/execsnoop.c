// execsnoop: trace new processes. One event per execve(2): the pid, the
// parent's pid, the return value, the command name after the exec, the
// path given to execve and its first arguments — BCC's execsnoop, on the
// syscall tracepoints instead of a kprobe on the execve syscall.
//   bccc run examples/execsnoop.c
// and, in another shell, run any command.
#include <linux/sched.h>

#define MAXARG 6
#define ARGSIZE 64
#define FNAMESIZE 128

struct exec_event {
	u32 pid;
	u32 ppid;
	u32 uid;
	int ret;
	u32 argc; // arguments read (at most MAXARG)
	char comm[TASK_COMM_LEN];
	char filename[FNAMESIZE];
	char argv[MAXARG][ARGSIZE];
};

BPF_PERCPU_ARRAY(scratch, struct exec_event, 1);
BPF_HASH(inflight, u32, struct exec_event, 1024);
BPF_PERF_OUTPUT(events);

TRACEPOINT_PROBE(syscalls, sys_enter_execve)
{
	u32 zero = 0;
	struct exec_event *e = scratch.lookup(&zero);
	if (!e)
		return 0;
	u64 id = bpf_get_current_pid_tgid();
	u32 tid = (u32)id;
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();

	e->pid = id >> 32;
	e->ppid = task->real_parent->tgid;
	e->uid = (u32)bpf_get_current_uid_gid();
	e->ret = 0;
	e->argc = 0;
	bpf_probe_read_user_str(e->filename, sizeof(e->filename), args->filename);

	// The scratch event is reused: slots past the last argument are
	// cleared rather than left from the previous exec.
	const char *const *argv = (const char *const *)args->argv;
	int done = 0;
#pragma unroll
	for (int i = 0; i < MAXARG; i++) {
		const char *arg = NULL;
		if (!done)
			bpf_probe_read_user(&arg, sizeof(arg), &argv[i]);
		if (!arg) {
			done = 1;
			e->argv[i][0] = '\0';
			continue;
		}
		bpf_probe_read_user_str(e->argv[i], ARGSIZE, arg);
		e->argc = i + 1;
	}
	inflight.update(&tid, e);
	return 0;
}

TRACEPOINT_PROBE(syscalls, sys_exit_execve)
{
	u32 tid = (u32)bpf_get_current_pid_tgid();
	struct exec_event *e = inflight.lookup(&tid);
	if (!e)
		return 0;
	e->ret = args->ret;
	// After a successful exec the task has the new program's name.
	bpf_get_current_comm(&e->comm, sizeof(e->comm));
	events.perf_submit(args, e, sizeof(*e));
	inflight.delete(&tid);
	return 0;
}
