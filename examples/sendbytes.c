// sendbytes: bytes sent on TCP sockets per process, printed at exit (the
// seeds' network monitor exercise, which counts at tcp_sendmsg; here at the
// sock:sock_send_length tracepoint, which reports every socket send's
// length in the sending process).
//   bccc run examples/sendbytes.c --duration 10
#include <linux/sched.h>
#include <linux/socket.h>

struct proc_key {
	u32 pid;
	char comm[TASK_COMM_LEN];
};

BPF_HASH(sent, struct proc_key, u64);

TRACEPOINT_PROBE(sock, sock_send_length)
{
	if (args->protocol != IPPROTO_TCP || args->ret <= 0)
		return 0;
	if (args->family != AF_INET && args->family != AF_INET6)
		return 0;
	struct proc_key k = {};
	k.pid = bpf_get_current_pid_tgid() >> 32;
	bpf_get_current_comm(&k.comm, sizeof(k.comm));
	u64 zero = 0;
	u64 *total = sent.lookup_or_try_init(&k, &zero);
	if (total)
		__sync_fetch_and_add(total, args->ret);
	return 0;
}
