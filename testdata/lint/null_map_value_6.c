// Socket filter accounting bytes per protocol: the struct value is written
// through an unchecked lookup result.
// @prog sock_acct=SOCKET_FILTER
// kernel: R1 invalid mem access 'map_value_or_null'
struct acct {
	u64 packets;
	u64 bytes;
};
BPF_HASH(by_proto, u32, struct acct, 256);

int sock_acct(struct __sk_buff *skb)
{
	u32 proto = skb->protocol;
	struct acct *a = by_proto.lookup(&proto);
	a->bytes += skb->len; // want "may be NULL"
	return 0;
}
