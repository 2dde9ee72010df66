/* A non-inline static function taking five arguments of different types. */
static __attribute__((noinline)) u64 mix5(u64 a, u32 b, s16 c, u8 d, s64 e)
{
	u64 r = a;
	r = r * 31 + b;
	r = r * 31 + (u64)(s64)c;
	r = r * 31 + d;
	r = r * 31 + (u64)e;
	return r;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	/* Arguments are converted to the parameter types at the call. */
	u64 r1 = mix5(a, b, c, d, (s64)a >> 3);
	u64 r2 = mix5(d, (u32)c, (s16)b, (u8)a, -5);
	return r1 ^ r2 << 1;
}
