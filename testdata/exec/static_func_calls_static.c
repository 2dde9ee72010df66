/* Non-inline static functions calling other static functions. */
static __attribute__((noinline)) u64 f3(u64 x)
{
	return x ^ x >> 31;
}

static __attribute__((noinline)) u64 f2(u64 x, u64 y)
{
	return f3(x * 0xbf58476d1ce4e5b9ull) + f3(y);
}

static u64 f1(u64 x, u64 y, u64 z)
{
	u64 t = f2(x, y);
	if (z & 1)
		return t;
	return f2(t, z) ^ f3(z);
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	return f1(a, b, c) ^ f1(c, d, a + 1);
}
