/* /= and %= on s16 and u16, with zero divisors guarded. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s16 x = a, y = b;
	if (y)
		x /= y;			/* int division: -32768 / -1 fits */
	s16 r = c;
	if (y)
		r %= y;
	u16 ux = a, uy = b;
	if (uy)
		ux /= uy;
	u16 ur = d;
	ur %= 10;
	s16 k = d;
	k /= 3;
	return (u64)(u16)x | (u64)(u16)r << 16 | (u64)ux << 32 | (u64)ur << 48 ^ (u64)(u16)k;
}
