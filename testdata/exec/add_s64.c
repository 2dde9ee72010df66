/* Addition at s64. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 x = (s64)a, y = (s64)b, z = (s64)c, w = (s64)d;
	s64 r1 = (x >> 1) + (y >> 1);	/* cannot overflow */
	s64 r2 = (s64)((u64)x + (u64)y);	/* wrapping add */
	s64 r3 = (z >> 2) + (s64)-5;
	s64 r4 = x < 9223372036854775807ll - 1000 ? x + 1000 : x;
	s64 r5 = (w >> 1) + 0x1234;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)r5;
	return h;
}
