/* const struct pointers passed to helpers that only read. */
struct poly { s32 c[4]; };

static inline s64 eval(const struct poly *p, s32 x)
{
	s64 r = 0;
	for (int i = 3; i >= 0; i--)
		r = r * x + p->c[i];
	return r;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct poly p = { { (s8)a, (s8)b, (s8)c, (s8)d } };
	s32 x = (s32)(a & 0xff) - 128;
	return (u64)eval(&p, x) ^ (u64)eval(&p, 3) << 32;
}
