/* Remainder at s32 (zero divisors guarded). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s32 x = (s32)a, y = (s32)b, z = (s32)c, w = (s32)d;
	s32 r1 = (y == 0 || (x == (-2147483647 - 1) && y == -1)) ? 0 : x % y;
	s32 r2 = x % 7;
	s32 r3 = x % -6;
	s32 r4 = (w == 0 || (z == (-2147483647 - 1) && w == -1)) ? 0 : z % w;
	s32 r5 = (x >> 3) % (s32)((y & 0xff) - 128 | 1);
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)r5;
	return h;
}
