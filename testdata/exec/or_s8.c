/* Bitwise or at s8. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s8 x = (s8)a, y = (s8)b, z = (s8)c, w = (s8)d;
	s8 r1 = x | y;
	s8 r2 = x | 0xf0;
	s8 r3 = z | 0x81;
	s8 r4 = x | -1;
	s8 r5 = (x | y) | (z | w);
	int p = x | y;	/* promoted */
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)r5;
	h = h * 0x100000001b3ull ^ (u64)p;
	return h;
}
