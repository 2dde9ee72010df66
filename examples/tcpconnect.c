// tcpconnect: trace active TCP connections (connect(2) and friends): the
// process, the addresses and ports, and how long the handshake took —
// BCC's tcpconnect (with tcpconnlat's latency), on the
// sock:inet_sock_set_state tracepoint. The connecting process is noted
// when the socket enters SYN_SENT; the event is sent when the socket
// leaves it, established or not (result 0: connected; else the state it
// went to, 7 = CLOSE for a refused connection).
//   bccc run examples/tcpconnect.c
#include <net/sock.h>
#include <net/tcp_states.h>

struct conn_start {
	u64 ts;
	u32 pid;
	char comm[TASK_COMM_LEN];
};

struct connect_event {
	u32 pid;
	u16 family;
	u16 sport;
	u16 dport;
	u16 result;
	u8 saddr[4];
	u8 daddr[4];
	u8 saddr_v6[16];
	u8 daddr_v6[16];
	u64 latency_us;
	char comm[TASK_COMM_LEN];
};

BPF_HASH(connecting, const void *, struct conn_start, 10240);
BPF_PERF_OUTPUT(events);

TRACEPOINT_PROBE(sock, inet_sock_set_state)
{
	if (args->protocol != IPPROTO_TCP)
		return 0;
	const void *sk = args->skaddr;

	if (args->newstate == TCP_SYN_SENT) {
		struct conn_start s = {};
		s.ts = bpf_ktime_get_ns();
		s.pid = bpf_get_current_pid_tgid() >> 32;
		bpf_get_current_comm(&s.comm, sizeof(s.comm));
		connecting.update(&sk, &s);
		return 0;
	}
	if (args->oldstate != TCP_SYN_SENT)
		return 0;
	struct conn_start *s = connecting.lookup(&sk);
	if (!s)
		return 0;
	struct connect_event e = {};
	e.pid = s->pid;
	__builtin_memcpy(e.comm, s->comm, sizeof(e.comm));
	e.latency_us = (bpf_ktime_get_ns() - s->ts) / 1000;
	e.family = args->family;
	e.sport = args->sport;
	e.dport = args->dport;
	e.result = args->newstate == TCP_ESTABLISHED ? 0 : args->newstate;
	bpf_probe_read_kernel(e.saddr, sizeof(e.saddr), args->saddr);
	bpf_probe_read_kernel(e.daddr, sizeof(e.daddr), args->daddr);
	bpf_probe_read_kernel(e.saddr_v6, sizeof(e.saddr_v6), args->saddr_v6);
	bpf_probe_read_kernel(e.daddr_v6, sizeof(e.daddr_v6), args->daddr_v6);
	events.perf_submit(args, &e, sizeof(e));
	connecting.delete(&sk);
	return 0;
}
