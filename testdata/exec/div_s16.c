/* Division at s16 (truncates toward zero; zero divisors guarded). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s16 x = (s16)a, y = (s16)b, z = (s16)c, w = (s16)d;
	s16 r1 = y ? x / y : 0;	/* int division: MIN / -1 fits */
	int p = y ? x / y : 0;
	s16 r2 = x / 3;
	s16 r3 = x / -2;
	s16 r4 = w ? z / w : 0;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)p;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	return h;
}
