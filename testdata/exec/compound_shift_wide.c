/* <<= and >>= on 32- and 64-bit operands with masked counts. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 x = a;
	x <<= b & 31;
	s32 y = a;
	y >>= b & 31;
	u64 z = c;
	z <<= d & 63;
	s64 w = c;
	w >>= d & 63;
	u64 v = a;
	v >>= 32;
	v <<= 16;
	return (u64)x ^ (u64)(s64)y << 1 ^ z ^ (u64)w << 2 ^ v;
}
