/* 1-bit bitfields: unsigned holds 0/1, signed holds 0/-1. */
struct bits {
	u32 f0 : 1, f1 : 1, f2 : 1, f3 : 1;
	s32 s0 : 1, s1 : 1;
	u32 rest : 26;
};
union bits_raw { struct bits b; u32 raw; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	union bits_raw u;
	u.raw = (u32)a;
	int sum = u.b.f0 + u.b.f1 + u.b.f2 + u.b.f3;
	int ssum = u.b.s0 + u.b.s1;		/* each is 0 or -1 */
	u.b.f2 = ~u.b.f2;
	u.b.s1 = b & 1;				/* 1 wraps to -1 */
	u.b.f0 = (b >> 1) != 0;
	return (u64)sum | (u64)(u32)ssum << 8 | (u64)u.raw << 32 ^ (u64)(s64)u.b.s1;
}
