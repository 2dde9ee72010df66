/* Multiplication at s32. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s32 x = (s32)a, y = (s32)b, z = (s32)c, w = (s32)d;
	s32 r1 = (x >> 16) * (y >> 16);	/* fits */
	s32 r2 = (s32)((u32)x * (u32)y);	/* wrapping */
	s32 r3 = (s16)z * -3;
	s64 p = (s64)x * (s64)y;	/* widened: fits in s64 */
	s32 r4 = (w >> 4) * 5;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)p;
	h = h * 0x100000001b3ull ^ (u64)r4;
	return h;
}
