// @prog cls=SCHED_CLS
// BCC: incr_cksum_l3 and incr_cksum_l4 are builtins of its rewriter, and
// may not come from the user's macros; macros in the arguments are fine.
#include <bcc/proto.h>
#define IP_CSUM_OFF (ETH_HLEN + 10)
#define UDP_CSUM(udp) (&(udp)->crc)
#define FIX_L3(ip, o, n) incr_cksum_l3(&(ip)->hchecksum, o, n)
#define FIX_L4(udp, o, n) incr_cksum_l4(&(udp)->crc, o, n, 1)
int cls(struct __sk_buff *skb)
{
	u8 *cursor = 0;
	struct ethernet_t *eth = cursor_advance(cursor, sizeof(*eth));
	struct ip_t *ip = cursor_advance(cursor, sizeof(*ip));
	struct udp_t *udp = cursor_advance(cursor, sizeof(*udp));
	u32 old = ip->src, new = 0x0a000001;
	incr_cksum_l3(IP_CSUM_OFF, old, new);
	incr_cksum_l4(&udp->crc, old, new, 1);
	incr_cksum_l4(UDP_CSUM(udp), old, new, 1);
	FIX_L3(ip, old, new); // ERROR "cannot use builtin inside a macro"
	FIX_L4(udp, old, new);
	return 0;
}
