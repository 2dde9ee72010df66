// Kernel types benchmark (issue 4 target: <= 30 ms, <= 40 MB): task_struct
// through bpf_get_current_task() and sock through a probe argument.
// @prog trace_connect=KPROBE:tcp_v4_connect
#include <linux/sched.h>
#include <net/sock.h>
struct event_t { u32 pid; u32 ppid; u32 daddr; u16 dport; };
BPF_PERF_OUTPUT(events);
int trace_connect(struct pt_regs *ctx, struct sock *sk)
{
	struct event_t event = {};
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	event.pid = bpf_get_current_pid_tgid() >> 32;
	event.ppid = task->real_parent->tgid;
	event.daddr = sk->__sk_common.skc_daddr;
	event.dport = sk->__sk_common.skc_dport;
	events.perf_submit(ctx, &event, sizeof(event));
	return 0;
}
