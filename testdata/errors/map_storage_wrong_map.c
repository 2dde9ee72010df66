// @prog f=CGROUP_SKB:ingress
BPF_TABLE("hash", int, u64, h, 16);
int f(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk;
	if (sk)
		h.sk_storage_get(sk, 0, 0);	// ERROR "sk_storage_get is not available on hash maps"
	return 1;
}
