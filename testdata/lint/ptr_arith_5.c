// Stepping from a struct bpf_sock pointer to "the next field" by pointer
// arithmetic: arithmetic on socket pointers is prohibited.
// @prog tc_sock=SCHED_CLS
// kernel: R1 pointer arithmetic on sock prohibited
#include <linux/pkt_cls.h>
BPF_ARRAY(ports, u64, 1);

int tc_sock(struct __sk_buff *skb)
{
	struct bpf_sock_tuple t = {};
	t.ipv4.dport = bpf_htons(22);
	struct bpf_sock *sk = bpf_sk_lookup_tcp(skb, &t, sizeof(t.ipv4), -1, 0);
	if (!sk)
		return TC_ACT_OK;
	u32 *p = (u32 *)sk + 10; // want "pointer arithmetic"
	ports.increment(0, *p);
	bpf_sk_release(sk);
	return TC_ACT_OK;
}
