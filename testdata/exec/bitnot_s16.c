/* Bitwise not at s16. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s16 x = (s16)a, y = (s16)b, z = (s16)c, w = (s16)d;
	s16 r1 = ~x;
	s16 r2 = ~(x ^ y);
	s16 r3 = ~z & w;
	s16 r4 = ~~w;
	int p = ~x;	/* promoted: ~ of a zero-extended value is negative */
	u64 q = ~x;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)p;
	h = h * 0x100000001b3ull ^ (u64)q;
	return h;
}
