/* Left shift at u64 (counts masked; signed operands kept non-negative and in range). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 x = (u64)a, y = (u64)b, z = (u64)c, w = (u64)d;
	u64 r1 = x << (y & 63);
	u64 r2 = x << 1;
	u64 r3 = x << 63;
	u64 r4 = z << (w & 63);
	u64 r5 = (u64)1 << (y & 63);
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)r5;
	return h;
}
