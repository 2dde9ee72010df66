/* Bitwise not at u8. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 x = (u8)a, y = (u8)b, z = (u8)c, w = (u8)d;
	u8 r1 = ~x;
	u8 r2 = ~(x ^ y);
	u8 r3 = ~z & w;
	u8 r4 = ~~w;
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
