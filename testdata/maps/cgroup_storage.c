// get_local_storage: the program's cgroup storage, kept across the
// repetitions of one BPF_PROG_TEST_RUN; sk_storage_get on the test
// socket.
// @prog count=CGROUP_SKB:egress
struct stats {
	u64 packets;
	u64 bytes;
};

BPF_CGROUP_STORAGE(cg_stats, struct stats);
BPF_PERCPU_CGROUP_STORAGE(cg_pcpu, u64);
BPF_SK_STORAGE(sk_stats, struct stats);
BPF_ARRAY(out, u64, 5);

int count(struct __sk_buff *skb)
{
	struct stats *s = cg_stats.get_local_storage(0);
	__sync_fetch_and_add(&s->packets, 1);
	__sync_fetch_and_add(&s->bytes, skb->len);
	u64 *n = cg_pcpu.get_local_storage(0);
	*n += 10;
	int i = 0;
	out.update(&i, &s->packets);
	i = 1;
	out.update(&i, &s->bytes);
	i = 2;
	out.update(&i, n);
	struct bpf_sock *sk = skb->sk;
	if (sk)
		sk = bpf_sk_fullsock(sk);
	if (sk) {
		struct stats *ss = sk_stats.sk_storage_get(sk, 0, BPF_SK_STORAGE_GET_F_CREATE);
		if (ss) {
			ss->packets++;
			i = 3;
			out.update(&i, &ss->packets);
			u64 d = sk_stats.sk_storage_delete(sk);
			i = 4;
			out.update(&i, &d);
		}
	}
	return 1;
}
