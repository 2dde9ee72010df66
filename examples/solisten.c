// solisten: trace sockets that start listening (listen(2) on TCP): the
// process, the address family, the port and the backlog — BCC's solisten,
// on sock:inet_sock_set_state (a socket going to TCP_LISTEN). The backlog
// is read from the kernel's struct sock.
//   bccc run examples/solisten.c
#include <net/sock.h>
#include <net/tcp_states.h>

struct listen_event {
	u32 pid;
	u16 family;
	u16 lport;
	u32 backlog;
	u8 laddr[4];
	u8 laddr_v6[16];
	char comm[TASK_COMM_LEN];
};

BPF_PERF_OUTPUT(events);

TRACEPOINT_PROBE(sock, inet_sock_set_state)
{
	if (args->protocol != IPPROTO_TCP || args->newstate != TCP_LISTEN)
		return 0;
	struct sock *sk = (struct sock *)args->skaddr;
	struct listen_event e = {};
	e.pid = bpf_get_current_pid_tgid() >> 32;
	e.family = args->family;
	e.lport = args->sport;
	e.backlog = sk->sk_max_ack_backlog;
	bpf_probe_read_kernel(e.laddr, sizeof(e.laddr), args->saddr);
	bpf_probe_read_kernel(e.laddr_v6, sizeof(e.laddr_v6), args->saddr_v6);
	bpf_get_current_comm(&e.comm, sizeof(e.comm));
	events.perf_submit(args, &e, sizeof(e));
	return 0;
}
