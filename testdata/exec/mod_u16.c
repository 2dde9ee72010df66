/* Remainder at u16 (zero divisors guarded). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u16 x = (u16)a, y = (u16)b, z = (u16)c, w = (u16)d;
	u16 r1 = y ? x % y : 0;
	u16 r2 = x % 10;
	u16 r3 = z % (w | 1);
	u16 r4 = x % (u16)(y & 0x1f | 1);
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	return h;
}
