/* The Internet checksum (RFC 1071) of a 20-byte IPv4 header built from the
 * inputs, written into the header and verified. */
struct iphdr {
	u8 ver_ihl;
	u8 tos;
	u16 tot_len;
	u16 id;
	u16 frag_off;
	u8 ttl;
	u8 protocol;
	u16 check;
	u32 saddr;
	u32 daddr;
};

static inline u16 csum(const u8 *p)
{
	u32 sum = 0;
	for (int i = 0; i < 20; i += 2)
		sum += (u32)p[i] << 8 | p[i + 1];	/* big-endian 16-bit words */
	sum = (sum & 0xffff) + (sum >> 16);
	sum = (sum & 0xffff) + (sum >> 16);
	return (u16)~sum;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct iphdr h;
	h.ver_ihl = 0x45;
	h.tos = (u8)d;
	h.tot_len = __builtin_bswap16((u16)(20 + (a & 0x3ff)));
	h.id = __builtin_bswap16((u16)(a >> 16));
	h.frag_off = __builtin_bswap16(0x4000);
	h.ttl = 64 - (u8)(b & 31);
	h.protocol = (b & 32) ? 6 : 17;
	h.check = 0;
	h.saddr = (u32)c;
	h.daddr = (u32)(c >> 32) ^ (u32)d;
	u8 bytes[20];
	__builtin_memcpy(bytes, &h, 20);
	u16 ck = csum(bytes);
	h.check = __builtin_bswap16(ck);
	__builtin_memcpy(bytes, &h, 20);
	u16 verify = csum(bytes);		/* 0 for a correct checksum */
	/* Incremental update after decrementing the TTL (RFC 1624). */
	u32 upd = (u32)(u16)~ck + (u16)~(u16)(h.ttl << 8) + (u16)((h.ttl - 1) << 8);
	upd = (upd & 0xffff) + (upd >> 16);
	upd = (upd & 0xffff) + (upd >> 16);
	return (u64)ck | (u64)verify << 16 | (u64)(u16)~upd << 32 | sizeof(h) << 56;
}
