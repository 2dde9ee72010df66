/* Logical not at u64. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 x = (u64)a, y = (u64)b, z = (u64)c, w = (u64)d;
	int r1 = !x;
	int r2 = !!y;
	int r3 = !(x & y);
	int r4 = !z + !w + !(z ^ w);
	u64 r5 = !x ? y : z;
	bool r6 = !(x >> (64 - 1));
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)r5;
	h = h * 0x100000001b3ull ^ (u64)r6;
	return h;
}
