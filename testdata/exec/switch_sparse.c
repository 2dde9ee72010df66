/* switch with sparse, large and negative case values. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 x = (s64)a;
	u64 r = 0;
	switch (x) {
	case -1000000: r = 1; break;
	case -1: r = 2; break;
	case 0: r = 3; break;
	case 7: r = 4; break;
	case 1000: r = 5; break;
	case 0x7fffffff: r = 6; break;
	case 0x80000000ll: r = 7; break;
	case 0x123456789abcdef0ll: r = 8; break;
	case -9223372036854775807ll - 1: r = 9; break;
	default: r = 10 + (a & 3);
	}
	switch ((u32)b) {
	case 0xffffffffu: r += 100; break;
	case 0x10: r += 200; break;
	case 0x8000: r += 300; break;
	}
	return r;
}
