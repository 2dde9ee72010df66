// @prog cls=SCHED_CLS
// BCC: incr_cksum_l4 may not come from the user's macros either.
#include <bcc/proto.h>
#define FIX_L4(off, o, n) incr_cksum_l4(off, o, n, 1)
int cls(struct __sk_buff *skb)
{
	u32 old = load_word(skb, 26), new = 0x0a000001;
	FIX_L4(40, old, new); // ERROR "cannot use builtin inside a macro"
	return 0;
}
