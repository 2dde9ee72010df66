/* Casts inside expressions change the operation's width and signedness. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r1 = (u32)a + (u32)b;		/* 32-bit add, zero-extended */
	u64 r2 = (u64)(u32)a + (u32)b;		/* 64-bit add */
	s64 r3 = (s32)a >> 4;			/* arithmetic shift of s32 */
	u64 r4 = (u32)a >> 4;			/* logical shift of u32 */
	s64 r5 = (s64)(s8)b * (u8)c;		/* int-range product */
	u64 r6 = (u64)(s16)d >> 60;		/* logical shift of the sign-extended value */
	return r1 ^ r2 << 1 ^ (u64)r3 << 2 ^ r4 << 3 ^ (u64)r5 << 4 ^ r6;
}
