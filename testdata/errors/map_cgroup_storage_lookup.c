// @prog f=CGROUP_SKB:ingress
BPF_CGROUP_STORAGE(s, u64);
int f(struct __sk_buff *skb)
{
	struct bpf_cgroup_storage_key k = {};
	u64 *v = s.lookup(&k);	// ERROR "lookup is not available on cgroup_storage maps.*get_local_storage"
	return v != 0;
}
