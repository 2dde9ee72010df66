/* Right shift at s16 (arithmetic; counts masked). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s16 x = (s16)a, y = (s16)b, z = (s16)c, w = (s16)d;
	s16 r1 = x >> (y & 15);
	int p = x >> (y & 31);	/* promoted to int first */
	s16 r2 = x >> 1;
	s16 r3 = z >> 15;
	s16 r4 = (s16)(w >> (x & 3));
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)p;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	return h;
}
