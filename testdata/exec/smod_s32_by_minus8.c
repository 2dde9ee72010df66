/* s32 signed remainder by the constant -8 (truncation toward zero for negative operands). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s32 x = a, y = b, z = (s8)c, w = -(s32)(d & 0xffff);
	s32 r1 = x % -8;
	s32 r2 = y % -8;
	s32 r3 = z % -8;
	s32 r4 = w % -8;
	/* x - x % k is a multiple of k and cannot overflow: it mixes in the dividend. */
	return (u64)r1 ^ (u64)r2 * 3 ^ (u64)r3 << 17 ^ (u64)r4 << 40 ^ (u64)(x - r1) * 7;
}
