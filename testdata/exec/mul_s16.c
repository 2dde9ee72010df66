/* Multiplication at s16. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s16 x = (s16)a, y = (s16)b, z = (s16)c, w = (s16)d;
	s16 r1 = x * y;	/* int multiply (|p| <= 2^30), wraps on store */
	int p = x * y;
	s16 r2 = x * -7;
	int q = (z >> 8) * w;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)p;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)q;
	return h;
}
