/* Unary minus at u64. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 x = (u64)a, y = (u64)b, z = (u64)c, w = (u64)d;
	u64 r1 = -x;	/* wraps modulo 2^N */
	u64 r2 = -(x + y);
	u64 r3 = 0 - z;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	return h;
}
