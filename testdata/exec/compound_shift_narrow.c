/* <<= and >>= on u8/s8/u16/s16 operands (promoted, then stored back). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 x = a;
	x <<= b & 7;		/* int shift, at most 255 << 7 */
	u8 y = a;
	y >>= b & 7;
	s8 z = c;
	z >>= d & 7;		/* arithmetic */
	s8 w = c & 0x0f;
	w <<= 3;		/* 15 << 3 fits int; wraps on store */
	u16 p = d;
	p <<= 4;
	s16 q = d;
	q >>= 9;
	return (u64)x | (u64)y << 8 | (u64)(u8)z << 16 | (u64)(u8)w << 24 | (u64)p << 32 |
	       (u64)(u16)q << 48;
}
