// bpf_sk_fullsock returns NULL for request and timewait sockets; the
// result is used without a check.
// @prog egress_proto=CGROUP_SKB:egress
// kernel: R1 invalid mem access 'sock_or_null'
BPF_HASH(by_proto, u32, u64, 256);

int egress_proto(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk;
	if (!sk)
		return 1;
	sk = bpf_sk_fullsock(sk);
	u32 proto = sk->protocol; // want "may be NULL"
	by_proto.increment(proto);
	return 1;
}
