// @prog cls=SCHED_CLS
// BCC: a <bcc/proto.h> header field accessed from the user's macro is an error.
#include <bcc/proto.h>
#define TTL(ip) ((ip)->ttl)
int cls(struct __sk_buff *skb)
{
	u8 *cursor = 0;
	struct ethernet_t *eth = cursor_advance(cursor, sizeof(*eth));
	struct ip_t *ip = cursor_advance(cursor, sizeof(*ip));
	if (eth->type != 0x0800)
		return 0;
	return TTL(ip); // ERROR "cannot use \"packet\" header type inside a macro"
}
