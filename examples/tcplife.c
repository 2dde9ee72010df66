// tcplife: one line per TCP session when it closes: the process, the
// addresses and ports, the bytes received and sent and how long the
// session lasted — BCC's tcplife, on the sock:inet_sock_set_state
// tracepoint. The byte counts are read from the kernel's struct tcp_sock.
//   bccc run examples/tcplife.c
#include <net/sock.h>
#include <net/tcp_states.h>
#include <linux/tcp.h>

struct who {
	u32 pid;
	char comm[TASK_COMM_LEN];
};

struct life_event {
	u32 pid;
	u16 family;
	u16 lport;
	u16 rport;
	u8 laddr[4];
	u8 raddr[4];
	u64 rx_bytes;
	u64 tx_bytes;
	u64 span_us;
	char comm[TASK_COMM_LEN];
};

BPF_HASH(birth, const void *, u64, 10240);
BPF_HASH(owner, const void *, struct who, 10240);
BPF_RINGBUF_OUTPUT(sessions, 16);

TRACEPOINT_PROBE(sock, inet_sock_set_state)
{
	if (args->protocol != IPPROTO_TCP)
		return 0;
	const void *sk = args->skaddr;
	int state = args->newstate;

	// The session starts at the first state change (connect or accept).
	if (state < TCP_FIN_WAIT1) {
		u64 ts = bpf_ktime_get_ns();
		birth.insert(&sk, &ts);
	}
	// Who owns it: the process connecting, or closing it first.
	if (state == TCP_SYN_SENT || state == TCP_LAST_ACK || state == TCP_FIN_WAIT1) {
		struct who w = {};
		w.pid = bpf_get_current_pid_tgid() >> 32;
		bpf_get_current_comm(&w.comm, sizeof(w.comm));
		owner.insert(&sk, &w);
	}
	if (state != TCP_CLOSE)
		return 0;

	u64 *start = birth.lookup(&sk);
	if (!start) {
		owner.delete(&sk);
		return 0;
	}
	struct tcp_sock *tp = (struct tcp_sock *)sk;
	struct life_event e = {};
	e.span_us = (bpf_ktime_get_ns() - *start) / 1000;
	e.family = args->family;
	e.lport = args->sport;
	e.rport = args->dport;
	bpf_probe_read_kernel(e.laddr, sizeof(e.laddr), args->saddr);
	bpf_probe_read_kernel(e.raddr, sizeof(e.raddr), args->daddr);
	e.rx_bytes = tp->bytes_received;
	e.tx_bytes = tp->bytes_acked;
	struct who *w = owner.lookup(&sk);
	if (w) {
		e.pid = w->pid;
		__builtin_memcpy(e.comm, w->comm, sizeof(e.comm));
	} else {
		e.pid = bpf_get_current_pid_tgid() >> 32;
		bpf_get_current_comm(&e.comm, sizeof(e.comm));
	}
	sessions.ringbuf_output(&e, sizeof(e), 0);
	birth.delete(&sk);
	owner.delete(&sk);
	return 0;
}
