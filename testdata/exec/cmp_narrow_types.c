/* Comparisons of u8/s8/u16/s16 values (promoted to int). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 x = a, y = b;
	s8 sx = a, sy = b;
	u16 p = c, q = d;
	s16 sp = c, sq = d;
	u64 r = 0;
	r |= (u64)(x < y) << 0 | (u64)(x >= y) << 1 | (u64)(x == y) << 2;
	r |= (u64)(sx < sy) << 3 | (u64)(sx >= sy) << 4 | (u64)(sx != sy) << 5;
	r |= (u64)(p <= q) << 6 | (u64)(p > q) << 7;
	r |= (u64)(sp <= sq) << 8 | (u64)(sp > sq) << 9;
	r |= (u64)(x == 0xff) << 10 | (u64)(sx == -1) << 11 | (u64)(sx == 0xff) << 12;
	r |= (u64)(p == 0x8000) << 13 | (u64)(sp == -32768) << 14;
	r |= (u64)(sx < 0) << 15 | (u64)(sp < 0) << 16;
	return r;
}
