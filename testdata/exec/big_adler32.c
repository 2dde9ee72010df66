/* Adler-32 over a 24-byte buffer, computed in one pass and in two chunks that
 * are combined, which must agree. */
#define ADLER_MOD 65521u

static inline u32 adler32(u32 adler, const u8 *p, u32 len)
{
	u32 s1 = adler & 0xffff, s2 = adler >> 16;
	for (u32 i = 0; i < 24; i++) {
		if (i >= len)
			break;
		s1 = (s1 + p[i]) % ADLER_MOD;
		s2 = (s2 + s1) % ADLER_MOD;
	}
	return s2 << 16 | s1;
}

static inline u32 adler32_combine(u32 a1, u32 a2, u32 len2)
{
	u32 rem = len2 % ADLER_MOD;
	u32 s1 = a1 & 0xffff;
	u32 s2 = (u32)((u64)rem * s1 % ADLER_MOD);
	s1 += (a2 & 0xffff) + ADLER_MOD - 1;
	s2 += (a1 >> 16) + (a2 >> 16) + ADLER_MOD - rem;
	if (s1 >= ADLER_MOD)
		s1 -= ADLER_MOD;
	if (s1 >= ADLER_MOD)
		s1 -= ADLER_MOD;
	if (s2 >= ADLER_MOD << 1)
		s2 -= ADLER_MOD << 1;
	if (s2 >= ADLER_MOD)
		s2 -= ADLER_MOD;
	return s2 << 16 | s1;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 buf[32];			/* 24 data bytes, zero padded for the masked reads */
	u64 src[4] = { a, b, c, 0 };
	__builtin_memcpy(buf, src, 32);
	u32 whole = adler32(1, buf, 24);
	u32 cut = ((u32)d & 15) + (((u32)d >> 4) & 7);	/* 0..22 */
	u32 first = adler32(1, buf, cut);
	u8 rest[24];
	for (u32 i = 0; i < 24; i++)
		rest[i] = i + cut < 24 ? buf[(i + cut) & 31] : 0;
	u32 second = adler32(1, rest, 24 - cut);
	u32 combined = adler32_combine(first, second, 24 - cut);
	return (u64)whole << 32 | combined ^ (u64)(whole == combined) << 31;
}
