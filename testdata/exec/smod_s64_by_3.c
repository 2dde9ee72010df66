/* s64 signed remainder by the constant 3 (truncation toward zero for negative operands). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 x = a, y = b, z = (s16)c, w = -(s64)(d & 0xffff);
	s64 r1 = x % 3;
	s64 r2 = y % 3;
	s64 r3 = z % 3;
	s64 r4 = w % 3;
	/* x - x % k is a multiple of k and cannot overflow: it mixes in the dividend. */
	return (u64)r1 ^ (u64)r2 * 3 ^ (u64)r3 << 17 ^ (u64)r4 << 40 ^ (u64)(x - r1) * 7;
}
