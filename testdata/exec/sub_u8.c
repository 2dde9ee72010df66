/* Subtraction at u8. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 x = (u8)a, y = (u8)b, z = (u8)c, w = (u8)d;
	u8 r1 = x - y;	/* wraps on store */
	u8 r2 = 5 - x;
	u8 r3 = x - 1;
	u8 r4 = z - w - x;
	int p = x - y;	/* promoted: may be negative */
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)p;
	return h;
}
