/* Left shift at s16 (counts masked; signed operands kept non-negative and in range). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s16 x = (s16)a, y = (s16)b, z = (s16)c, w = (s16)d;
	s16 r1 = (x & 0xff) << (y & 7);
	s16 r2 = (s16)((u32)(u16)x << (y & 15));	/* wrapping, via unsigned */
	int p = (x & 0x7fff) << (z & 15);
	s16 r3 = (w & 0x3ff) << 5;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)p;
	h = h * 0x100000001b3ull ^ (u64)r3;
	return h;
}
