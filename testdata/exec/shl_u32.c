/* Left shift at u32 (counts masked; signed operands kept non-negative and in range). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 x = (u32)a, y = (u32)b, z = (u32)c, w = (u32)d;
	u32 r1 = x << (y & 31);
	u32 r2 = x << 1;
	u32 r3 = x << 31;
	u32 r4 = z << (w & 31);
	u32 r5 = (u32)1 << (y & 31);
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)r5;
	return h;
}
