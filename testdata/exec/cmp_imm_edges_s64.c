/* 64-bit comparisons against constants at the 32-bit immediate edges. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 x = a;
	u64 u = b;
	u64 r = 0;
	r |= (u64)(x < -2147483647ll - 1) << 0;
	r |= (u64)(x <= -2147483647ll - 1) << 1;
	r |= (u64)(x > 2147483647) << 2;
	r |= (u64)(x >= 2147483648ll) << 3;
	r |= (u64)(x == 0xffffffffll) << 4;		/* not sign-extendable */
	r |= (u64)(x < 0x100000000ll) << 5;
	r |= (u64)(u > 0xffffffffull) << 6;
	r |= (u64)(u < 0x80000000ull) << 7;
	r |= (u64)(u >= 0xffffffff80000000ull) << 8;
	r |= (u64)(u == 0x8000000000000000ull) << 9;
	r |= (u64)(x > -1) << 10;
	r |= (u64)(u > -1ull - 1) << 11;
	return r;
}
