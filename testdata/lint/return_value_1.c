// A cgroup_skb program returns 2 to mean "drop": cgroup skb programs must
// return 0 (drop) or 1 (allow).
// @prog ingress_filter=CGROUP_SKB:ingress
// kernel: At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]
int ingress_filter(struct __sk_buff *skb)
{
	if (skb->len > 9000)
		return 2; // want "return value"
	return 1;
}
