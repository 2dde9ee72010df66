/* Bitfields in a packed struct are bit-contiguous; plain members still start on a byte.
 * No bit is padding, so the bytes can be read back after field stores. */
struct __attribute__((packed)) pk {
	u8 a : 3;
	u32 b : 21;	/* bits 3..23, no alignment */
	u8 c;		/* byte 3 */
	u16 d : 9;	/* bits 32..40 */
	u16 e : 7;	/* bits 41..47 */
	u64 f;		/* byte 6, unaligned */
};
union pk_raw { struct pk p; u8 bytes[14]; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	union pk_raw u;
	for (int i = 0; i < 14; i++)
		u.bytes[i] = (u8)(a >> (i * 4)) ^ (u8)(b * i);
	u64 r = u.p.a ^ (u64)u.p.b << 3 ^ (u64)u.p.c << 23 ^ (u64)u.p.d << 31 ^ (u64)u.p.e << 40;
	r ^= u.p.f;
	u.p.b = c;
	u.p.f = d;
	u.p.e = 0x55;
	u64 s = 0;
	for (int i = 0; i < 14; i++)
		s = s * 257 + u.bytes[i];
	return r ^ s ^ sizeof(struct pk) << 56;
}
