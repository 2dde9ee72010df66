/* Multiplication at s64. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 x = (s64)a, y = (s64)b, z = (s64)c, w = (s64)d;
	s64 r1 = (x >> 32) * (y >> 32);	/* fits */
	s64 r2 = (s64)((u64)x * (u64)y);	/* wrapping */
	s64 r3 = (s64)(s32)z * (s64)(s32)w;
	s64 r4 = (x >> 8) * -100;
	s64 r5 = (s32)y * 3ll;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)r5;
	return h;
}
