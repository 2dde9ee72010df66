// A TC program looks up the socket with bpf_skc_lookup_tcp and only keeps
// its state; nothing releases the reference.
// @prog tc_state=SCHED_CLS
// kernel: BPF_EXIT instruction in main prog would lead to reference leak
#include <linux/pkt_cls.h>
BPF_HASH(states, u32, u64, 16);

int tc_state(struct __sk_buff *skb)
{
	struct bpf_sock_tuple t = {};
	t.ipv4.sport = bpf_htons(443);
	struct bpf_sock *sk = bpf_skc_lookup_tcp(skb, &t, sizeof(t.ipv4), -1, 0);
	if (sk) {
		u32 st = sk->state;
		states.increment(st);
	}
	return TC_ACT_OK; // want "not released"
}
