/* Bitwise not at s32. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s32 x = (s32)a, y = (s32)b, z = (s32)c, w = (s32)d;
	s32 r1 = ~x;
	s32 r2 = ~(x ^ y);
	s32 r3 = ~z & w;
	s32 r4 = ~~w;
	u64 q = ~(u64)x;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)q;
	return h;
}
