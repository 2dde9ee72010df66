// @prog filter=SOCKET_FILTER
// The checksum helpers are the kernel's for tc and LWT_XMIT programs only:
// a socket filter may not rewrite the packet.
#include <bcc/proto.h>
int filter(struct __sk_buff *skb)
{
	u32 old = load_word(skb, 26);
	incr_cksum_l3(24, old, 0x0a000001); // ERROR "incr_cksum_l3 updates a checksum .* which SocketFilter programs may not call"
	return -1;
}
