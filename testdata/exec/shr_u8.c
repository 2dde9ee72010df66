/* Right shift at u8 (logical; counts masked). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 x = (u8)a, y = (u8)b, z = (u8)c, w = (u8)d;
	u8 r1 = x >> (y & 7);
	int p = x >> (y & 31);	/* promoted to int first */
	u8 r2 = x >> 1;
	u8 r3 = z >> 7;
	u8 r4 = (u8)(w >> (x & 3));
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)p;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	return h;
}
