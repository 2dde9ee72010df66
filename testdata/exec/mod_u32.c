/* Remainder at u32 (zero divisors guarded). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 x = (u32)a, y = (u32)b, z = (u32)c, w = (u32)d;
	u32 r1 = y ? x % y : 0;
	u32 r2 = x % 10;
	u32 r3 = z % (w | 1);
	u32 r4 = x % (u32)(y & 0x1f | 1);
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	return h;
}
