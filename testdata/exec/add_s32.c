/* Addition at s32. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s32 x = (s32)a, y = (s32)b, z = (s32)c, w = (s32)d;
	s32 r1 = (x >> 1) + (y >> 1);	/* cannot overflow */
	s32 r2 = (s32)((u32)x + (u32)y);	/* wrapping add */
	s32 r3 = (z >> 2) + (s32)-5;
	s32 r4 = x < 2147483647 - 1000 ? x + 1000 : x;
	s32 r5 = (w >> 1) + 0x1234;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)r5;
	return h;
}
