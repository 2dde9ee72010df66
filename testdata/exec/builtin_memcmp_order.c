/* The sign of __builtin_memcmp orders bytes as unsigned char. */
static inline int sgn(int x) { return (x > 0) - (x < 0); }

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 x[8], y[8];
	__builtin_memcpy(x, &a, 8);
	__builtin_memcpy(y, &b, 8);
	int r1 = sgn(__builtin_memcmp(x, y, 8));
	int r2 = sgn(__builtin_memcmp(y, x, 8));
	int r3 = sgn(__builtin_memcmp(x, x, 8));
	u8 p[4] = { 0x80, 0, 0, 0 }, q[4] = { 0x7f, 0xff, 0xff, 0xff };
	int r4 = sgn(__builtin_memcmp(p, q, 4));	/* 0x80 > 0x7f as unsigned */
	u8 s[3] = { (u8)c, (u8)(c >> 8), 1 }, t[3] = { (u8)c, (u8)(c >> 8), (u8)d };
	int r5 = sgn(__builtin_memcmp(s, t, 3));
	return (u64)(r1 + 1) | (u64)(r2 + 1) << 2 | (u64)(r3 + 1) << 4 | (u64)(r4 + 1) << 6 | (u64)(r5 + 1) << 8;
}
