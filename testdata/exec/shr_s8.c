/* Right shift at s8 (arithmetic; counts masked). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s8 x = (s8)a, y = (s8)b, z = (s8)c, w = (s8)d;
	s8 r1 = x >> (y & 7);
	int p = x >> (y & 31);	/* promoted to int first */
	s8 r2 = x >> 1;
	s8 r3 = z >> 7;
	s8 r4 = (s8)(w >> (x & 3));
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)p;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	return h;
}
