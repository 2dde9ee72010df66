/* Left shift at s64 (counts masked; signed operands kept non-negative and in range). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 x = (s64)a, y = (s64)b, z = (s64)c, w = (s64)d;
	s64 r1 = (x & 0xffffffff) << (y & 31);	/* fits */
	s64 r2 = (s64)((u64)x << (y & 63));	/* wrapping, via unsigned */
	s64 r3 = (z & 0xffff) << 40;
	s64 r4 = 1ll << (w & 62);
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	return h;
}
