// The seed's connection tracer: reads sk->__sk_common fields from kernel
// memory and sends them to user space through a perf buffer.
// @prog trace_connect=KPROBE:tcp_v4_connect
#include <net/sock.h>
#include <bcc/proto.h>

struct event_t {
	u32 pid;
	u32 daddr;
	u16 dport;
	char comm[16];
};

BPF_PERF_OUTPUT(events);

int trace_connect(struct pt_regs *ctx, struct sock *sk)
{
	struct event_t event = {};

	event.pid = bpf_get_current_pid_tgid() >> 32;
	event.daddr = sk->__sk_common.skc_daddr;
	event.dport = sk->__sk_common.skc_dport;
	bpf_get_current_comm(&event.comm, sizeof(event.comm));

	events.perf_submit(ctx, &event, sizeof(event));
	return 0;
}
