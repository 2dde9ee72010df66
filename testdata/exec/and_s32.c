/* Bitwise and at s32. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s32 x = (s32)a, y = (s32)b, z = (s32)c, w = (s32)d;
	s32 r1 = x & y;
	s32 r2 = x & 0xffff0000u;
	s32 r3 = z & 0x80000000u;
	s32 r4 = x & -1;
	s32 r5 = (x & y) & (z & w);
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)r5;
	return h;
}
