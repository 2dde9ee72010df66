/* bool holds 0 or 1; conversion to bool tests for non-zero. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	bool x = a;
	bool y = a & 0xff00000000ull;	/* high bits only: still true */
	bool z = (u8)b;
	bool n = 0;
	int sum = x + y + z + n;
	bool t = c > d;
	x += 5;				/* still 1 */
	y = !y;
	return (u64)sum | (u64)t << 8 | (u64)x << 16 | (u64)y << 24 | sizeof(bool) << 32;
}
