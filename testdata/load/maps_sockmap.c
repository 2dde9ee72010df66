// BPF_SOCKMAP (update, delete, sock_map_update) and BPF_SOCKHASH (every
// arity: update, delete, sock_hash_update, msg_redirect_hash,
// sk_redirect_hash), with the program types the helpers need.
// @prog ops=SOCK_OPS
// @prog msg=SK_MSG
// @prog verdict=SK_SKB:stream_verdict
// @prog tc=SCHED_CLS
struct flow {
	u32 local_port;
	u32 remote_port;
};

BPF_SOCKMAP(socks, 16);
BPF_SOCKHASH(by_port);
BPF_SOCKHASH(by_flow, struct flow);
BPF_SOCKHASH(by_flow_small, struct flow, 64);
BPF_TABLE("sockmap", u32, int, socks2, 4);

int ops(struct bpf_sock_ops *skops)
{
	u32 k = skops->local_port & 15;
	struct flow f = {skops->local_port, skops->remote_port};
	if (skops->op == BPF_SOCK_OPS_PASSIVE_ESTABLISHED_CB || skops->op == BPF_SOCK_OPS_ACTIVE_ESTABLISHED_CB) {
		socks.sock_map_update(skops, &k, BPF_NOEXIST);
		by_port.sock_hash_update(skops, &k, BPF_ANY);
		by_flow.sock_hash_update(skops, &f, BPF_ANY);
		by_flow_small.sock_hash_update(skops, &f, BPF_ANY);
	}
	if (skops->op == BPF_SOCK_OPS_STATE_CB) {
		socks.delete(&k);
		by_port.delete(&k);
		by_flow.delete(&f);
		socks2.delete(&k);
	}
	return 1;
}

int msg(struct sk_msg_md *m)
{
	struct flow f = {m->remote_port >> 16, m->local_port};
	return by_flow.msg_redirect_hash(m, &f, BPF_F_INGRESS);
}

int verdict(struct __sk_buff *skb)
{
	u32 k = skb->local_port;
	return by_port.sk_redirect_hash(skb, &k, 0);
}

int tc(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk;
	u32 k = 3;
	if (!sk)
		return 0;
	socks.update(&k, (int *)sk);
	by_port.update(&k, (int *)sk);
	socks.delete(&k);
	by_port.delete(&k);
	return 0;
}
