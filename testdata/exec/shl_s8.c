/* Left shift at s8 (counts masked; signed operands kept non-negative and in range). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s8 x = (s8)a, y = (s8)b, z = (s8)c, w = (s8)d;
	s8 r1 = (x & 0x3f) << (y & 1);	/* non-negative, no overflow */
	s8 r2 = (s8)((u8)x << (y & 7));	/* wrapping, via unsigned */
	int p = (x & 0x7f) << (z & 15);
	s8 r3 = (w & 0xf) << 3;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)p;
	h = h * 0x100000001b3ull ^ (u64)r3;
	return h;
}
