/* Subtraction at s32. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s32 x = (s32)a, y = (s32)b, z = (s32)c, w = (s32)d;
	s32 r1 = (x >> 1) - (y >> 1);	/* cannot overflow */
	s32 r2 = (s32)((u32)x - (u32)y);	/* wrapping */
	s32 r3 = 7 - (z >> 1);
	s32 r4 = x > (-2147483647 - 1) + 99 ? x - 99 : x;
	s32 r5 = (w >> 2) - (x >> 2) - 3;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)r5;
	return h;
}
