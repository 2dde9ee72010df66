// TC: the socket returned by bpf_sk_lookup_tcp is NULL when no socket
// matches; its fields are read without a check.
// @prog tc_sk=SCHED_CLS
// kernel: R6 invalid mem access 'sock_or_null'
#include <linux/pkt_cls.h>
BPF_HASH(by_family, u32, u64);

int tc_sk(struct __sk_buff *skb)
{
	struct bpf_sock_tuple tuple = {};
	tuple.ipv4.dport = bpf_htons(80);
	struct bpf_sock *sk = bpf_sk_lookup_tcp(skb, &tuple, sizeof(tuple.ipv4), -1, 0);
	u32 fam = sk->family; // want "may be NULL"
	by_family.increment(fam);
	bpf_sk_release(sk);
	return TC_ACT_OK;
}
