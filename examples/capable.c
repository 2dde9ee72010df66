// capable: trace security capability checks: the process, the capability
// (CAP_CHOWN = 0, CAP_SYS_ADMIN = 21, ...) and the verdict (0: granted,
// else -EPERM) — BCC's capable, on the capability:cap_capable tracepoint.
//   bccc run examples/capable.c
#include <linux/sched.h>

struct cap_event {
	u32 pid;
	u32 tid;
	u32 uid;
	int cap;
	int ret;
	char comm[TASK_COMM_LEN];
};

BPF_RINGBUF_OUTPUT(events, 16);

TRACEPOINT_PROBE(capability, cap_capable)
{
	u64 id = bpf_get_current_pid_tgid();
	struct cap_event *e = events.ringbuf_reserve(sizeof(struct cap_event));
	if (!e)
		return 0;
	e->pid = id >> 32;
	e->tid = (u32)id;
	e->uid = (u32)bpf_get_current_uid_gid();
	e->cap = args->cap;
	e->ret = args->ret;
	bpf_get_current_comm(&e->comm, sizeof(e->comm));
	events.ringbuf_submit(e, 0);
	return 0;
}
