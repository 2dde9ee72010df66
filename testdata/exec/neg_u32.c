/* Unary minus at u32. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 x = (u32)a, y = (u32)b, z = (u32)c, w = (u32)d;
	u32 r1 = -x;	/* wraps modulo 2^N */
	u32 r2 = -(x + y);
	u32 r3 = 0 - z;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	return h;
}
