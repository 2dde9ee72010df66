/* Unary minus at s64. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 x = (s64)a, y = (s64)b, z = (s64)c, w = (s64)d;
	s64 r1 = x == (-9223372036854775807ll - 1) ? x : -x;	/* -MIN would overflow */
	s64 r2 = (s64)(0 - (u64)y);	/* wrapping negate */
	s64 r3 = -(z >> 1);
	s64 r4 = -(-(w >> 3));
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	return h;
}
