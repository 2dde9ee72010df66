/* Right shift at u16 (logical; counts masked). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u16 x = (u16)a, y = (u16)b, z = (u16)c, w = (u16)d;
	u16 r1 = x >> (y & 15);
	int p = x >> (y & 31);	/* promoted to int first */
	u16 r2 = x >> 1;
	u16 r3 = z >> 15;
	u16 r4 = (u16)(w >> (x & 3));
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)p;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	return h;
}
