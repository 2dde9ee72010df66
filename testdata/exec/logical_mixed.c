/* && and || mixed, with precedence, negation and non-boolean operands. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = 0;
	r |= (u64)(a && b || c && d) << 0;
	r |= (u64)(a || b && c) << 1;
	r |= (u64)(!a || !b) << 2;
	r |= (u64)!(a && b) << 3;
	r |= (u64)((a & 0xff00) && (b >> 63)) << 4;
	r |= (u64)(a == b || b == c || c == d) << 5;
	r |= (u64)(a < b && b < c && c < d) << 6;
	if ((a & 3) == 1 && b || d == 0)
		r |= 1 << 7;
	int v = (a > 3) || (b > 3);
	return r | (u64)v << 8 | (u64)((a && b) + (c || d)) << 9;
}
