// @prog cls=SCHED_CLS
// The first argument of incr_cksum_l3 is a packet offset, not the address
// of a variable.
int cls(struct __sk_buff *skb)
{
	u16 check = 0;
	incr_cksum_l3(&check, 1, 2); // ERROR "incr_cksum_l3: the offset must be the packet offset of the checksum field"
	return 0;
}
