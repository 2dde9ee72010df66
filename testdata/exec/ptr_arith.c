/* Pointer arithmetic over arrays of different element sizes. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 w[4] = { a, b, c, d };
	u16 h[8] = { 10, 20, 30, 40, 50, 60, 70, 80 };
	u64 *pw = w + 1;
	u16 *ph = h + 2;
	u64 r = *(pw + 1) ^ pw[-1];
	r += *(ph + (a & 3)) + ph[-2] + *(h + 7);
	pw += 2;
	ph = ph + 3;
	r ^= *pw + *ph;
	return r;
}
