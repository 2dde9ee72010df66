// A socket found with bpf_sk_lookup_tcp is read-only: the program tries to
// set its mark through the struct bpf_sock pointer.
// @prog tc_mark=SCHED_CLS
// kernel: R1 cannot write into sock
#include <linux/pkt_cls.h>

int tc_mark(struct __sk_buff *skb)
{
	struct bpf_sock_tuple t = {};
	t.ipv4.dport = bpf_htons(443);
	struct bpf_sock *sk = bpf_sk_lookup_tcp(skb, &t, sizeof(t.ipv4), -1, 0);
	if (!sk)
		return TC_ACT_OK;
	sk->mark = 7; // want "read-only"
	bpf_sk_release(sk);
	return TC_ACT_OK;
}
