/* ?: selects one arm; only the chosen arm is evaluated. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 n = 0;
	u64 r1 = a > b ? a - b : b - a;
	u64 r2 = (c & 1) ? (n += 3, c) : (n += 5, d);
	s32 r3 = (s32)a < 0 ? -1 : (s32)a > 0 ? 1 : 0;
	u8 r4 = d ? (u8)(a + 1) : (u8)0xff;
	return r1 ^ r2 << 1 ^ n << 60 ^ (u64)(s64)r3 << 20 ^ (u64)r4 << 8;
}
