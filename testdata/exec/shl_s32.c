/* Left shift at s32 (counts masked; signed operands kept non-negative and in range). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s32 x = (s32)a, y = (s32)b, z = (s32)c, w = (s32)d;
	s32 r1 = (x & 0x7fff) << (y & 15);	/* fits */
	s32 r2 = (s32)((u32)x << (y & 31));	/* wrapping, via unsigned */
	s32 r3 = (z & 0xffff) << 14;
	s32 r4 = 1 << (w & 30);
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	return h;
}
