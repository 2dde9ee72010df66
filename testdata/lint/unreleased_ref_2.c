// The socket found by bpf_sk_lookup_tcp is never released with
// bpf_sk_release.
// @prog tc_lookup=SCHED_CLS
// kernel: BPF_EXIT instruction in main prog would lead to reference leak
#include <linux/pkt_cls.h>
BPF_ARRAY(has_listener, u64, 1);

int tc_lookup(struct __sk_buff *skb)
{
	struct bpf_sock_tuple t = {};
	t.ipv4.dport = bpf_htons(8080);
	struct bpf_sock *sk = bpf_sk_lookup_tcp(skb, &t, sizeof(t.ipv4), -1, 0);
	if (sk)
		has_listener.increment(0);
	return TC_ACT_OK; // want "not released"
}
