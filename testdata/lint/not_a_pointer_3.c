// The socket cookie is an opaque 64-bit number, not the address of the
// socket; reading a struct bpf_sock through it is a load from a scalar.
// @prog sock_family=SOCKET_FILTER
// kernel: R1 invalid mem access 'scalar'
int sock_family(struct __sk_buff *skb)
{
	struct bpf_sock *sk = (struct bpf_sock *)bpf_get_socket_cookie(skb);
	if (!sk)
		return 0;
	return sk->family == 2 ? skb->len : 0; // want "not a pointer"
}
