/* Right shift at s64 (arithmetic; counts masked). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 x = (s64)a, y = (s64)b, z = (s64)c, w = (s64)d;
	s64 r1 = x >> (y & 63);
	s64 r2 = x >> 1;
	s64 r3 = x >> 63;
	s64 r4 = z >> (w & 63);
	s64 r5 = (s64)(x >> 32);
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)r5;
	return h;
}
