/* min/max/clamp built from comparisons, signed and unsigned. */
static inline s64 smin(s64 x, s64 y) { return x < y ? x : y; }
static inline s64 smax(s64 x, s64 y) { return x > y ? x : y; }
static inline u64 umin(u64 x, u64 y) { return x < y ? x : y; }
static inline u64 umax(u64 x, u64 y) { return x > y ? x : y; }

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 lo = smin((s64)c, (s64)d), hi = smax((s64)c, (s64)d);
	s64 clamped = smin(smax((s64)a, lo), hi);
	u64 ulo = umin(c, d), uhi = umax(c, d);
	u64 uclamped = umin(umax(a, ulo), uhi);
	s32 m3 = (s32)smax(smax((s32)a, (s32)b), (s32)c);
	return (u64)clamped ^ uclamped * 3 ^ (u64)(s64)m3 * 7 ^ umin(b, a) << 1;
}
