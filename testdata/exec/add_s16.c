/* Addition at s16: operands are promoted to int, the sum wraps only when stored back. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s16 x = (s16)a, y = (s16)b, z = (s16)c, w = (s16)d;
	s16 r1 = x + y;	/* int add, wraps on store */
	s16 r2 = x + (-100);
	int p = x + y + z;	/* promoted: no wrap */
	s16 r3 = (s16)(x + 127);
	s64 q = (s64)x + w;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)p;
	h = h * 0x100000001b3ull ^ (u64)r3;
	h = h * 0x100000001b3ull ^ (u64)q;
	return h;
}
