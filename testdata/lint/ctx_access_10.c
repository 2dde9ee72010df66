// skb->remote_ip4 and friends are only available to sk_skb programs; a TC
// classifier must parse the IP header instead.
// @prog tc_peer=SCHED_CLS
// kernel: invalid bpf_context access off=92 size=4
#include <linux/pkt_cls.h>
BPF_HASH(peers, u32, u64, 1024);

int tc_peer(struct __sk_buff *skb)
{
	u32 peer = skb->remote_ip4; // want "context"
	peers.increment(peer);
	return TC_ACT_OK;
}
