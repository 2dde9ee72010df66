/* Bitwise and at u64. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 x = (u64)a, y = (u64)b, z = (u64)c, w = (u64)d;
	u64 r1 = x & y;
	u64 r2 = x & 0xffffffff00000000ull;
	u64 r3 = z & 0x80000000;
	u64 r4 = x & -1;
	u64 r5 = (x & y) & (z & w);
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)r5;
	return h;
}
