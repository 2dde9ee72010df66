/* /= and %= on s32 and u32, guarded for zero and INT_MIN / -1. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s32 x = a, y = b, z = c;
	if (y != 0 && !(x == -2147483647 - 1 && y == -1))
		x /= y;
	if (y != 0 && !(z == -2147483647 - 1 && y == -1))
		z %= y;
	u32 u = d;
	u /= 7;
	u32 v = a;
	if ((u32)b)
		v %= (u32)b;
	return (u64)(u32)x ^ (u64)(u32)z << 32 ^ (u64)u << 1 ^ (u64)v << 7;
}
