// struct in6_addr (its members next to #define lines in the bundled UAPI
// header) and enum tcp_ca_state constants through kernel headers.
#include <net/sock.h>
#include <linux/tcp.h>
BPF_HASH(h, u32, u64);
int kprobe__tcp_v6_connect(struct pt_regs *ctx, struct sock *sk)
{
	u32 k = 0;
	u64 v = sk->__sk_common.skc_v6_daddr.in6_u.u6_addr32[3] + TCP_CA_Open;
	h.update(&k, &v);
	return 0;
}
