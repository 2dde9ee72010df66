/* The two arms of ?: are converted to a common type. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s32 x = a;
	u32 y = b;
	u8 z = c;
	s8 w = d;
	u64 r1 = (a & 1) ? x : y;	/* unsigned int: x not sign-extended */
	u64 r2 = (a & 2) ? x : (s64)y;	/* long: x sign-extended */
	s64 r3 = (b & 1) ? z : w;	/* int */
	u64 r4 = (b & 2) ? w : 0u;	/* unsigned int */
	return r1 ^ r2 << 1 ^ (u64)r3 << 40 ^ r4 << 5;
}
