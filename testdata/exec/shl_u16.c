/* Left shift at u16 (counts masked; signed operands kept non-negative and in range). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u16 x = (u16)a, y = (u16)b, z = (u16)c, w = (u16)d;
	u16 r1 = x << (y & 15);	/* int shift: at most 0xffff << 15 fits */
	int p = x << (y & 15);
	u16 r2 = x << 9;
	u32 q = (u32)z << (w & 31);
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)p;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)q;
	return h;
}
