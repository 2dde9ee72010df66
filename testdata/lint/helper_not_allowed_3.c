// A socket filter cannot redirect packets; bpf_redirect is a TC/XDP helper.
// @prog sock_redir=SOCKET_FILTER
// kernel: program of this type cannot use helper bpf_redirect#23
int sock_redir(struct __sk_buff *skb)
{
	if (skb->ifindex == 2)
		return bpf_redirect(3, 0); // want "not allowed"
	return skb->len;
}
