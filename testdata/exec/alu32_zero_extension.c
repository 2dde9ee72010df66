/* 32-bit operations whose results are used as 64-bit values must be zero-
 * (or, for s32, sign-) extended: the upper half never leaks. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 x = a, y = b;
	u64 r1 = x - y;			/* wraps at 32 bits */
	u64 r2 = x * y;
	u64 r3 = ~x;
	u64 r4 = -x;
	u64 r5 = x << (y & 31);
	u64 r6 = (u32)(x + 0x80000000u);
	s64 r7 = (s32)(x - y);		/* sign-extended */
	u64 r8 = (u32)a + (u64)(u32)b;	/* 64-bit add of zero-extended halves */
	u32 z = (u32)c;
	z >>= 1;
	u64 r9 = z;
	return r1 ^ r2 << 1 ^ r3 << 2 ^ r4 << 3 ^ r5 << 4 ^ r6 << 5 ^ (u64)r7 << 6 ^ r8 << 7 ^ r9 << 8;
}
