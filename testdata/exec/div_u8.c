/* Division at u8 (truncates toward zero; zero divisors guarded). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 x = (u8)a, y = (u8)b, z = (u8)c, w = (u8)d;
	u8 r1 = y ? x / y : 0;
	u8 r2 = x / 3;
	u8 r3 = z / (w | 1);
	u8 r4 = x / (u8)(y & 0xf | 1);
	u8 r5 = 255 / (x | 1);
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)r5;
	return h;
}
