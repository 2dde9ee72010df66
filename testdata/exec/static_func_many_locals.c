/* A callee with enough live values to need its own stack frame. */
static __attribute__((noinline)) u64 churn(u64 x, u64 y)
{
	u64 t[6];
	for (int i = 0; i < 6; i++)
		t[i] = x * (i + 1) ^ y >> i;
	u64 r = 0;
	for (int i = 0; i < 6; i++)
		r += t[i] * t[5 - i];
	return r;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 keep[4] = { a, b, c, d };	/* must survive the calls */
	u64 r1 = churn(a, b);
	u64 r2 = churn(c, d);
	return r1 ^ r2 << 1 ^ keep[0] ^ keep[1] * 3 ^ keep[2] * 5 ^ keep[3] * 7;
}
