/* Unary minus at s32. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s32 x = (s32)a, y = (s32)b, z = (s32)c, w = (s32)d;
	s32 r1 = x == (-2147483647 - 1) ? x : -x;	/* -MIN would overflow */
	s32 r2 = (s32)(0 - (u32)y);	/* wrapping negate */
	s32 r3 = -(z >> 1);
	s32 r4 = -(-(w >> 3));
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	return h;
}
