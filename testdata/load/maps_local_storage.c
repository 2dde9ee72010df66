// Local storage: BPF_SK_STORAGE (cgroup_skb) and BPF_TASK_STORAGE (kprobe
// and raw tracepoint); <kind>_storage_get/delete. BPF_INODE_STORAGE needs
// an LSM program, which this kernel does not load: testdata/maps.
// @prog sk_store=CGROUP_SKB:ingress
// @prog task_store=RAW_TRACEPOINT:sys_enter
struct counter {
	u64 packets;
	u32 last_len;
};

BPF_SK_STORAGE(sk_counts, struct counter);
BPF_TASK_STORAGE(task_counts, u64);

int sk_store(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk;
	if (!sk)
		return 1;
	sk = bpf_sk_fullsock(sk);
	if (!sk)
		return 1;
	struct counter *c = sk_counts.sk_storage_get(sk, 0, BPF_SK_STORAGE_GET_F_CREATE);
	if (!c)
		return 1;
	c->packets++;
	c->last_len = skb->len;
	if (c->packets > 1000)
		sk_counts.sk_storage_delete(sk);
	return 1;
}

int task_store(struct bpf_raw_tracepoint_args *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	u64 *n = task_counts.task_storage_get(t, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
	if (!n)
		return 0;
	*n += 1;
	if (*n > 100)
		task_counts.task_storage_delete(t);
	return 0;
}

int kprobe__do_sys_openat2(struct pt_regs *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	u64 *n = task_counts.task_storage_get(t, 0, 0);
	if (n)
		*n += 2;
	return 0;
}
