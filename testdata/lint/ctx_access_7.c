// cgroup_skb programs may not read tc_classid (a TC-only field).
// @prog ingress_cls=CGROUP_SKB:ingress
// kernel: invalid bpf_context access off=72 size=4
BPF_HASH(by_class, u32, u64, 64);

int ingress_cls(struct __sk_buff *skb)
{
	u32 cls = skb->tc_classid; // want "context"
	by_class.increment(cls);
	return 1;
}
