/* Addition at s8: operands are promoted to int, the sum wraps only when stored back. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s8 x = (s8)a, y = (s8)b, z = (s8)c, w = (s8)d;
	s8 r1 = x + y;	/* int add, wraps on store */
	s8 r2 = x + (-100);
	int p = x + y + z;	/* promoted: no wrap */
	s8 r3 = (s8)(x + 127);
	s64 q = (s64)x + w;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)p;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)q;
	return h;
}
