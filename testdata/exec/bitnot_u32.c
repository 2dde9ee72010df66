/* Bitwise not at u32. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 x = (u32)a, y = (u32)b, z = (u32)c, w = (u32)d;
	u32 r1 = ~x;
	u32 r2 = ~(x ^ y);
	u32 r3 = ~z & w;
	u32 r4 = ~~w;
	u64 q = ~(u64)x;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)q;
	return h;
}
