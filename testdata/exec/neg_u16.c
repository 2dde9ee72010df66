/* Unary minus at u16. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u16 x = (u16)a, y = (u16)b, z = (u16)c, w = (u16)d;
	u16 r1 = -x;	/* wraps modulo 2^N */
	u16 r2 = -(x + y);
	u16 r3 = 0 - z;
	int p = -x;	/* promoted: negative int */
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)p;
	return h;
}
