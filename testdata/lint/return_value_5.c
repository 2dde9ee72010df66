// A cgroup_skb egress program returns the packet length (as a socket
// filter would); cgroup skb programs return a verdict, not a length.
// @prog egress_len=CGROUP_SKB:egress
// kernel: At program exit the register R0 has smin=-2147483648 smax=2147483647 should have been in [0, 3]
int egress_len(struct __sk_buff *skb)
{
	return skb->len; // want "return value"
}
