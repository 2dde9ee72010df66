/* Bitwise or at s16. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s16 x = (s16)a, y = (s16)b, z = (s16)c, w = (s16)d;
	s16 r1 = x | y;
	s16 r2 = x | 0xff00;
	s16 r3 = z | 0x8000;
	s16 r4 = x | -1;
	s16 r5 = (x | y) | (z | w);
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
