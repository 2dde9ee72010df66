/* Comparison ==, unsigned, at 64 and 32 bits, against variables and constants;
 * the result is an int 0 or 1, also used as a branch condition. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 x = a, y = b;
	u32 x32 = a, y32 = b, z32 = c;
	u64 r = 0;
	r |= (u64)(x == y) << 0;
	r |= (u64)(y == x) << 1;
	r |= (u64)(x == x) << 2;
	r |= (u64)(x32 == y32) << 3;
	r |= (u64)(z32 == x32) << 4;
	r |= (u64)(x == 0) << 5;
	r |= (u64)(x == 5) << 6;
	r |= (u64)(x32 == -1) << 7;
	r |= (u64)(x == -3) << 8;
	r |= (u64)(y32 == 0x7fffffff) << 9;
	r |= (u64)(x == 0x80000000) << 10;
	r |= (u64)(x32 == (u32)c) << 11;
	if (x == y)
		r |= 1ull << 40;
	if (x32 == z32)
		r |= 1ull << 41;
	if (!(x == 100))
		r |= 1ull << 42;
	r += (x == y) + (x32 == y32) * 7;
	return r;
}
