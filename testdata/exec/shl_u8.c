/* Left shift at u8 (counts masked; signed operands kept non-negative and in range). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 x = (u8)a, y = (u8)b, z = (u8)c, w = (u8)d;
	u8 r1 = x << (y & 7);	/* int shift, wraps on store */
	int p = x << (y & 15);	/* promoted: at most 255 << 15 */
	u8 r2 = x << 3;
	u8 r3 = (u32)z << (w & 31);
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)p;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	return h;
}
