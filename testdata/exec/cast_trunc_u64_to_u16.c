/* Truncating to 16 bits, then zero- or sign-extending back. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u16 x = (u16)a;
	s16 y = (s16)a;
	u64 zx = x;
	s64 sx = y;
	u16 z = (u16)(b >> 16);
	return zx ^ (u64)sx << 4 ^ (u64)z << 40 ^ (u64)(u16)(c * d);
}
