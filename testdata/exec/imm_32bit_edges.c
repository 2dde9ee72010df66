/* 32-bit immediates at the edges, in 32-bit and 64-bit operations. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 x = a;
	s32 sx = b;
	u64 y = c;
	u32 r1 = x + 0x7fffffff;
	u32 r2 = x ^ 0x80000000;
	u32 r3 = x & 0xfffffffe;
	s32 r4 = sx & -2147483647 - 1;
	u64 r5 = y + 0x7fffffff;
	u64 r6 = y + (u64)-2147483647 - 1;
	u64 r7 = y & 0xffffffff;	/* zero-extended mask */
	u64 r8 = y & -1;		/* sign-extended: no-op */
	u64 r9 = y | 0x80000000u;
	return (u64)r1 ^ (u64)r2 << 1 ^ (u64)r3 << 2 ^ (u64)(s64)r4 ^ r5 ^ r6 << 3 ^ r7 << 4 ^ r8 ^ r9 << 5;
}
