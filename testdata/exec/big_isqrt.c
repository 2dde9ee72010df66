/* Integer square root of a u64 by the bit-by-bit method (32 iterations),
 * checked against its defining inequality, plus an integer cube root. */
static inline u64 isqrt(u64 x)
{
	u64 res = 0;
	u64 bit = 1ull << 62;
	for (int i = 0; i < 32; i++) {
		if (x >= res + bit) {
			x -= res + bit;
			res = (res >> 1) + bit;
		} else {
			res >>= 1;
		}
		bit >>= 2;
	}
	return res;
}

static inline u32 icbrt(u32 x)
{
	u32 y = 0;
	for (int s = 30; s >= 0; s -= 3) {
		y <<= 1;
		u32 bb = (3 * y * (y + 1) + 1) << s;
		if (x >= bb && (3 * y * (y + 1) + 1) <= (x >> s)) {
			x -= bb;
			y++;
		}
	}
	return y;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = isqrt(a);
	/* r*r <= a < (r+1)^2, computed without overflow. */
	int ok = r * r <= a && (r + 1 > 0xffffffffull || (r + 1) * (r + 1) > a);
	u64 s = isqrt(b & 0xffffffffffull);
	u32 cb = icbrt((u32)c);
	int cb_ok = (u64)cb * cb * cb <= (u32)c && ((u64)cb + 1) * (cb + 1) * (cb + 1) > (u32)c;
	return r ^ s << 32 ^ (u64)cb << 20 ^ (u64)ok << 62 ^ (u64)cb_ok << 63 ^ isqrt(d) >> 5;
}
