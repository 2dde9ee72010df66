// XDP: the UDP socket is released on the success path only; when the
// socket's family does not match, the program drops the packet while
// still holding the socket.
// @prog xdp_udp_sk=XDP
// kernel: BPF_EXIT instruction in main prog would lead to reference leak
BPF_ARRAY(v4_sockets, u64, 1);

int xdp_udp_sk(struct xdp_md *ctx)
{
	struct bpf_sock_tuple t = {};
	t.ipv4.dport = bpf_htons(53);
	struct bpf_sock *sk = bpf_sk_lookup_udp(ctx, &t, sizeof(t.ipv4), -1, 0);
	if (!sk)
		return XDP_PASS;
	if (sk->family != 2)
		return XDP_DROP; // want "not released"
	v4_sockets.increment(0);
	bpf_sk_release(sk);
	return XDP_PASS;
}
