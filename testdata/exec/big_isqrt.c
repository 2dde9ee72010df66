/* Integer square roots: Newton's method on u64 (a bounded loop that stops at
 * convergence), the bit-by-bit method on 16-bit values, and checks of the
 * defining inequality r*r <= x < (r+1)^2. */
static inline u64 isqrt_newton(u64 n)
{
	if (n < 2)
		return n;
	u64 x = n >> 1;			/* >= floor(sqrt(n)) for n >= 2 */
	for (int i = 0; i < 64; i++) {
		u64 y = (x + n / x) >> 1;	/* x <= 2^63: no overflow */
		if (y >= x)
			break;
		x = y;
	}
	return x;
}

static inline u32 isqrt_bits16(u32 v)
{
	u32 x = v & 0xffff;
	u32 res = 0;
	u32 bit = 1u << 14;
	for (int i = 0; i < 8; i++) {
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

static inline int is_root(u64 r, u64 x)
{
	return r * r <= x && (r + 1 > 0xffffffffull || (r + 1) * (r + 1) > x);
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = isqrt_newton(a);
	int ok = is_root(r, a);
	u64 s = isqrt_newton(b & 0xffffffffffull);
	u32 t = isqrt_bits16((u32)c);
	int agree = t == isqrt_newton(c & 0xffff);
	return r ^ s << 32 ^ (u64)t << 20 ^ (u64)ok << 62 ^ (u64)agree << 63 ^ isqrt_newton(d) >> 5;
}
