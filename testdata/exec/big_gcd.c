/* Binary GCD (Stein) of 32-bit values with a bounded loop and a branch-free
 * count of trailing zeros, checked against Euclid's algorithm on 16-bit
 * values, and the LCM. */
static inline u32 pop32(u32 x)
{
	x = x - ((x >> 1) & 0x55555555u);
	x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
	x = (x + (x >> 4)) & 0x0f0f0f0fu;
	return (x * 0x01010101u) >> 24;
}

/* Count trailing zeros without a loop (32 for x == 0). */
static inline u32 ctz32(u32 x)
{
	return pop32((x & -x) - 1);
}

static inline u32 gcd_binary(u32 u, u32 v)
{
	if (u == 0)
		return v;
	if (v == 0)
		return u;
	u32 shift = ctz32(u | v);
	u >>= ctz32(u);
	for (int i = 0; i < 64; i++) {
		v >>= ctz32(v);
		if (u > v) {
			u32 t = v;
			v = u;
			u = t;
		}
		v -= u;
		if (v == 0)
			break;
	}
	return u << shift;
}

static inline u32 gcd_euclid16(u16 x, u16 y)
{
	u32 p = x, q = y;
	for (int i = 0; i < 32; i++) {
		if (q == 0)
			break;
		u32 t = p % q;
		p = q;
		q = t;
	}
	return p;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 g = gcd_binary((u32)a, (u32)b);
	u16 x = (u16)c, y = (u16)d;
	u32 g1 = gcd_binary(x, y), g2 = gcd_euclid16(x, y);
	u64 lcm = g1 ? (u64)x / g1 * y : 0;
	return (u64)g ^ (u64)g1 << 32 ^ (u64)(g1 == g2) << 63 ^ lcm << 8;
}
