// @prog f=CGROUP_SKB
// --prog NAME=CGROUP_SKB without a target is section cgroup/skb, the one
// libbpf and cilium/ebpf know (cgroup_skb/ needs ingress or egress).
int f(struct __sk_buff *skb)
{
	return skb->len > 0;
}
