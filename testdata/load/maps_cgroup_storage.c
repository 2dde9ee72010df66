// BPF_CGROUP_STORAGE and BPF_PERCPU_CGROUP_STORAGE: get_local_storage.
// @prog egress=CGROUP_SKB:egress
struct stats {
	u64 packets;
	u64 bytes;
};

BPF_CGROUP_STORAGE(cg_stats, struct stats);
BPF_PERCPU_CGROUP_STORAGE(cg_pcpu, u64);

int egress(struct __sk_buff *skb)
{
	struct stats *s = cg_stats.get_local_storage(0);
	__sync_fetch_and_add(&s->packets, 1);
	__sync_fetch_and_add(&s->bytes, skb->len);
	u64 *n = cg_pcpu.get_local_storage(0);
	*n += 1;
	return 1;
}
