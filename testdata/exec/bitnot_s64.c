/* Bitwise not at s64. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 x = (s64)a, y = (s64)b, z = (s64)c, w = (s64)d;
	s64 r1 = ~x;
	s64 r2 = ~(x ^ y);
	s64 r3 = ~z & w;
	s64 r4 = ~~w;
	u64 q = ~(u64)x;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)q;
	return h;
}
