/* Addition at u16: operands are promoted to int, the sum wraps only when stored back. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u16 x = (u16)a, y = (u16)b, z = (u16)c, w = (u16)d;
	u16 r1 = x + y;	/* wraps on store */
	u16 r2 = x + 200;
	u16 r3 = z + w + x;
	u16 r4 = 1 + x;
	int p = x + y;	/* promoted to int: no wrap */
	u64 q = x + y + (u64)0;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)p;
	h = h * 0x100000001b3ull ^ (u64)q;
	return h;
}
