// @prog cls=SCHED_CLS
// BCC's <bcc/proto.h> parsing: cursor_advance, and header fields read and
// written as big-endian bit-fields of the packet (bpf_dext_pkt/bpf_dins_pkt).
#include <bcc/proto.h>
BPF_ARRAY(out, u64, 8);

int cls(struct __sk_buff *skb)
{
	u8 *cursor = 0;
	u64 v;
	int k;
	struct ethernet_t *eth = cursor_advance(cursor, sizeof(*eth));
	k = 0, v = eth->type, out.update(&k, &v);
	k = 1, v = eth->src, out.update(&k, &v);
	struct ip_t *ip = cursor_advance(cursor, sizeof(*ip));
	k = 2, v = ip->ver, out.update(&k, &v);
	k = 3, v = ip->hlen, out.update(&k, &v);
	k = 4, v = ip->foffset, out.update(&k, &v);
	k = 5, v = ip->src, out.update(&k, &v);
	k = 6, v = ip->df, out.update(&k, &v);
	ip->ttl = ip->ttl - 1;
	ip->foffset = 0x1234;
	ip->dst = ip->src;
	return 0;
}
