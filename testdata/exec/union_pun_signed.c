/* Reading a signed member after writing the unsigned one (and vice versa). */
union sbits {
	u32 u;
	s32 s;
	s16 s16v[2];
	s8 s8v[4];
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	union sbits x;
	x.u = (u32)a;
	s64 r = x.s;
	r += x.s16v[1];
	r += x.s8v[3] * 3;
	x.s = (s32)b;
	u64 v = x.u;
	return (u64)r ^ v << 24;
}
