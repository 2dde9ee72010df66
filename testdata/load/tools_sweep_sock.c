// The socket accessors of <net/sock.h>, <net/inet_sock.h> and
// <linux/tcp.h> as bccc's kernel header gives them (tools sweep): the
// sk_* and inet_* member names, inet_sk() and tcp_sk(), SCM_RIGHTS.
#include <uapi/linux/ptrace.h>
#include <net/sock.h>
#include <net/inet_sock.h>
#include <linux/tcp.h>
#include <linux/socket.h>

struct flow_t {
	u32 saddr;
	u32 daddr;
	u16 lport;
	u16 dport;
	u16 family;
	u8 state;
	u8 v6_first;
	u32 srtt_us;
};
BPF_HASH(flows, u32, struct flow_t);
BPF_ARRAY(scm_kinds, u64, 4);

int kprobe__tcp_rcv_established(struct pt_regs *ctx, struct sock *sk)
{
	struct flow_t f = {};
	f.family = sk->sk_family;
	f.state = sk->sk_state;
	f.lport = sk->sk_num;
	if (f.family == AF_INET6)
		f.v6_first = sk->sk_v6_daddr.s6_addr[0];
	struct inet_sock *inet = inet_sk(sk);
	f.dport = ntohs(inet->inet_dport);
	f.saddr = inet->inet_rcv_saddr;
	f.daddr = inet->inet_daddr;
	if (inet->inet_num != f.lport)
		return 0;
	struct tcp_sock *tp = tcp_sk(sk);
	f.srtt_us = tp->srtt_us >> 3;
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	flows.update(&pid, &f);
	return 0;
}

int kprobe__scm_detach_fds(struct pt_regs *ctx)
{
	scm_kinds.increment(SCM_RIGHTS);
	return 0;
}
