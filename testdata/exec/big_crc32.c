/* Bitwise CRC-32 (reflected, polynomial 0xedb88320) over 16 bytes, the
 * standard check value, and a CRC-32C variant. */
static inline u32 crc32_update(u32 crc, const u8 *p, u32 poly)
{
	for (int i = 0; i < 16; i++) {
		crc ^= p[i];
		for (int k = 0; k < 8; k++)
			crc = (crc >> 1) ^ (crc & 1) * poly;
	}
	return crc;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 buf[16];
	for (int i = 0; i < 8; i++) {
		buf[i] = (u8)(a >> (8 * i));
		buf[8 + i] = (u8)(b >> (8 * i));
	}
	u32 crc = ~crc32_update(0xffffffff, buf, 0xedb88320);
	u32 crcc = ~crc32_update(0xffffffff, buf, 0x82f63b78);
	/* "123456789" padded with 7 spaces, a fixed vector. */
	u8 fixed[16] = "123456789       ";
	u32 k = ~crc32_update(0xffffffff, fixed, 0xedb88320);
	buf[c & 15] ^= (u8)(1 << (d & 7));	/* a single-bit error changes the CRC */
	u32 crc2 = ~crc32_update(0xffffffff, buf, 0xedb88320);
	return (u64)crc << 32 ^ crcc ^ (u64)k << 16 ^ (u64)(crc2 != crc) << 63;
}
