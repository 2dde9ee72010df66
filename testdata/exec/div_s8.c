/* Division at s8 (truncates toward zero; zero divisors guarded). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s8 x = (s8)a, y = (s8)b, z = (s8)c, w = (s8)d;
	s8 r1 = y ? x / y : 0;	/* int division: MIN / -1 fits */
	int p = y ? x / y : 0;
	s8 r2 = x / 3;
	s8 r3 = x / -2;
	s8 r4 = w ? z / w : 0;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)p;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	return h;
}
