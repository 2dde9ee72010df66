/* abs, sign and the sign-extension trick, avoiding -INT_MIN. */
static inline u32 uabs32(s32 x) { return x < 0 ? 0u - (u32)x : (u32)x; }
static inline u64 uabs64(s64 x) { return x < 0 ? 0ull - (u64)x : (u64)x; }
static inline s64 sext(u64 v, u32 bits)
{
	/* Sign-extend the low 'bits' bits of v (1..63) by xor/subtract. */
	u64 m = 1ull << (bits - 1);
	v &= (m << 1) - 1;
	return (s64)((v ^ m) - m);
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 a32 = uabs32((s32)a);
	u64 a64 = uabs64((s64)b);
	s32 sg = ((s32)c > 0) - ((s32)c < 0);
	s64 e = sext(d, ((u32)a & 31) + 1);
	s64 e12 = sext(c, 12);
	return (u64)a32 ^ a64 << 1 ^ (u64)(s64)sg << 40 ^ (u64)e ^ (u64)e12 << 3;
}
