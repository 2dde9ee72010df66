/* 128-bit addition, subtraction and comparison from 64-bit halves with carries. */
struct u128 { u64 lo, hi; };

static inline struct u128 add128(struct u128 x, struct u128 y)
{
	struct u128 r;
	r.lo = x.lo + y.lo;
	r.hi = x.hi + y.hi + (r.lo < x.lo);
	return r;
}

static inline struct u128 sub128(struct u128 x, struct u128 y)
{
	struct u128 r;
	r.lo = x.lo - y.lo;
	r.hi = x.hi - y.hi - (x.lo < y.lo);
	return r;
}

static inline int lt128(struct u128 x, struct u128 y)
{
	return x.hi < y.hi || (x.hi == y.hi && x.lo < y.lo);
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct u128 x = { a, b }, y = { c, d };
	struct u128 s = add128(x, y);
	struct u128 t = sub128(s, y);		/* == x */
	struct u128 u = sub128(x, y);
	return s.lo ^ s.hi << 1 ^ (u64)(t.lo == a && t.hi == b) << 63 ^ u.lo * 3 ^ u.hi * 5 ^
	       (u64)lt128(x, y) << 62 ^ (u64)lt128(y, x) << 61;
}
