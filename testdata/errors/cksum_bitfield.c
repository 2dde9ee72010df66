// @prog cls=SCHED_CLS
// incr_cksum_l3 takes the byte offset of a checksum field: &hdr->field of
// a <bcc/proto.h> field that does not start on a byte boundary has none.
#include <bcc/proto.h>
int cls(struct __sk_buff *skb)
{
	u8 *cursor = 0;
	struct ethernet_t *eth = cursor_advance(cursor, sizeof(*eth));
	struct ip_t *ip = cursor_advance(cursor, sizeof(*ip));
	u32 old = ip->src, new = 0x0a000001;
	incr_cksum_l3(&ip->ver, old, new);
	incr_cksum_l3(&ip->hlen, old, new); // ERROR "address of bit-field requested: field hlen of packet header ip_t starts at bit 4 of byte 0"
	return 0;
}
