/* Parsing a synthetic Ethernet + IPv4 + UDP packet laid out in a stack buffer:
 * packed headers, byte-order conversion, bounds checks and bitfields. */
struct __attribute__((packed)) eth { u8 dst[6]; u8 src[6]; u16 proto; };
struct ip4 {
	u8 ihl : 4, version : 4;
	u8 tos;
	u16 tot_len;
	u16 id;
	u16 frag;
	u8 ttl;
	u8 proto;
	u16 csum;
	u32 saddr, daddr;
};
struct udp { u16 sport, dport, len, csum; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 pkt[48];
	__builtin_memset(pkt, 0, sizeof(pkt));
	struct eth e = { { 1, 2, 3, 4, 5, 6 }, { 7, 8, 9, 10, 11, 12 }, __builtin_bswap16((a & 3) != 3 ? 0x0800 : 0x86dd) };
	__builtin_memcpy(pkt, &e, sizeof(e));
	u8 ipb[20] = { 0x45, 0, 0, 28, 0x12, 0x34, 0x40, 0, 64, (b & 3) != 3 ? 17 : 6 };
	ipb[0] = (u8)(0x40 | (4 + (c & 3)));	/* version 4, IHL 4..7 */
	__builtin_memcpy(ipb + 12, &c, 4);
	__builtin_memcpy(ipb + 16, &d, 4);
	__builtin_memcpy(pkt + 14, ipb, 20);
	u16 ports[4] = { __builtin_bswap16((u16)b), __builtin_bswap16((u16)(b >> 16)), __builtin_bswap16(8), 0 };
	__builtin_memcpy(pkt + 34, ports, 8);

	struct eth eh;
	__builtin_memcpy(&eh, pkt, sizeof(eh));
	if (__builtin_bswap16(eh.proto) != 0x0800)
		return 1;
	struct ip4 ip;
	__builtin_memcpy(&ip, pkt + sizeof(eh), sizeof(ip));
	if (ip.version != 4)
		return 2;
	u32 hlen = ip.ihl * 4;
	if (hlen < 20)
		return 3;
	if (sizeof(eh) + hlen + sizeof(struct udp) > sizeof(pkt))
		return 4;
	if (ip.proto != 17)
		return 5;
	struct udp uh;
	u32 off = sizeof(eh) + hlen;
	/* off is 34 or 38 here; the mask (a no-op on those) makes the bound obvious. */
	__builtin_memcpy(&uh, pkt + 34 + ((off - 34) & 7), sizeof(uh));
	u64 r = (u64)__builtin_bswap16(uh.sport) << 48 | (u64)__builtin_bswap16(uh.dport) << 32;
	return r | (u64)hlen << 16 | (u64)ip.ttl << 8 | __builtin_bswap32(ip.saddr) >> 24;
}
