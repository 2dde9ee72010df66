/* Structs returned by value from static inline functions. */
struct pair { u64 lo, hi; };
struct divmod { u32 q, r; };

static inline struct pair mul64(u64 x, u64 y)
{
	u64 x0 = (u32)x, x1 = x >> 32, y0 = (u32)y, y1 = y >> 32;
	u64 p00 = x0 * y0, p01 = x0 * y1, p10 = x1 * y0, p11 = x1 * y1;
	u64 mid = (p00 >> 32) + (u32)p01 + (u32)p10;
	struct pair r;
	r.lo = (mid << 32) | (u32)p00;
	r.hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
	return r;
}

static inline struct divmod dm(u32 x, u32 y)
{
	struct divmod r = { 0, x };
	if (y) {
		r.q = x / y;
		r.r = x % y;
	}
	return r;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct pair p = mul64(a, b);
	struct divmod q = dm((u32)c, (u32)d);
	return p.lo ^ p.hi * 3 ^ (u64)q.q << 32 ^ q.r;
}
