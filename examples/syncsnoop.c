// syncsnoop: trace the calls that flush file data to disk — sync(2),
// syncfs(2), fsync(2), fdatasync(2), sync_file_range(2), msync(2) — with
// the time, the process and the call — BCC's syncsnoop (which traces sync
// only), on the syscall tracepoints.
//   bccc run examples/syncsnoop.c
#include <linux/sched.h>

enum sync_call {
	SYNC,
	SYNCFS,
	FSYNC,
	FDATASYNC,
	SYNC_FILE_RANGE,
	MSYNC,
};

struct sync_event {
	u64 ts_ns;
	u32 pid;
	enum sync_call call;
	char comm[TASK_COMM_LEN];
};

BPF_PERF_OUTPUT(events);

static int report(void *ctx, enum sync_call call)
{
	struct sync_event e = {};
	e.ts_ns = bpf_ktime_get_ns();
	e.pid = bpf_get_current_pid_tgid() >> 32;
	e.call = call;
	bpf_get_current_comm(&e.comm, sizeof(e.comm));
	events.perf_submit(ctx, &e, sizeof(e));
	return 0;
}

TRACEPOINT_PROBE(syscalls, sys_enter_sync) { return report(args, SYNC); }
TRACEPOINT_PROBE(syscalls, sys_enter_syncfs) { return report(args, SYNCFS); }
TRACEPOINT_PROBE(syscalls, sys_enter_fsync) { return report(args, FSYNC); }
TRACEPOINT_PROBE(syscalls, sys_enter_fdatasync) { return report(args, FDATASYNC); }
TRACEPOINT_PROBE(syscalls, sys_enter_sync_file_range) { return report(args, SYNC_FILE_RANGE); }
TRACEPOINT_PROBE(syscalls, sys_enter_msync) { return report(args, MSYNC); }
