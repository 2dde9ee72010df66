/* Narrow parameters: the callee sees values converted to the parameter type. */
static __attribute__((noinline)) u64 take(u8 x, s8 y, u16 z, s32 w)
{
	u64 r = x;
	r = r << 16 | (u16)y;
	r = r << 16 | z;
	return r ^ (u64)(s64)w << 8 ^ (u64)(s64)y;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 big = 0x1ffff;
	return take(a, b, c, d) ^ take(big >> 8, big >> 9 & 0x180, big, (s32)(a >> 32)) << 1;
}
