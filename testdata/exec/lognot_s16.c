/* Logical not at s16. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s16 x = (s16)a, y = (s16)b, z = (s16)c, w = (s16)d;
	int r1 = !x;
	int r2 = !!y;
	int r3 = !(x & y);
	int r4 = !z + !w + !(z ^ w);
	s16 r5 = !x ? y : z;
	bool r6 = !(x >> (16 - 1));
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)r5;
	h = h * 0x100000001b3ull ^ (u64)r6;
	return h;
}
