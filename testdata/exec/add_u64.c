/* Addition at u64. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 x = (u64)a, y = (u64)b, z = (u64)c, w = (u64)d;
	u64 r1 = x + y;	/* wraps on store */
	u64 r2 = x + 200;
	u64 r3 = z + w + x;
	u64 r4 = 1 + x;
	u64 q = (u64)x + y;	/* widened before the add */
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)r4;
	h = h * 0x100000001b3ull ^ (u64)q;
	return h;
}
