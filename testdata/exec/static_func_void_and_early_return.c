/* void helpers with early returns, modifying an out-parameter. */
static inline void clamp(s64 *v, s64 lo, s64 hi)
{
	if (*v < lo) {
		*v = lo;
		return;
	}
	if (*v > hi)
		*v = hi;
}

static __attribute__((noinline)) void scale(u64 *v, u32 k)
{
	if (k == 0)
		return;
	*v *= k;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 x = (s64)a;
	clamp(&x, -1000, 1000);
	s64 y = (s64)(s8)b;
	clamp(&y, 0, 50);
	u64 z = c;
	scale(&z, (u32)d & 7);
	return (u64)x ^ (u64)y << 16 ^ z << 1;
}
