/* Division at s64 (truncates toward zero; zero divisors guarded). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 x = (s64)a, y = (s64)b, z = (s64)c, w = (s64)d;
	s64 r1 = (y == 0 || (x == (-9223372036854775807ll - 1) && y == -1)) ? 0 : x / y;
	s64 r2 = x / 3;
	s64 r3 = x / -5;
	s64 r4 = (w == 0 || (z == (-9223372036854775807ll - 1) && w == -1)) ? 0 : z / w;
	s64 r5 = (x >> 1) / (s64)((y & 0xff) - 128 | 1);
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)r5;
	return h;
}
