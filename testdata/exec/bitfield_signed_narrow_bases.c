/* Signed bitfields on s8, s16 and s64 bases. */
struct snb {
	s8 a : 3;
	s8 b : 5;
	s16 c : 9;
	s16 d : 7;
	s64 e : 33;
	s64 f : 31;
};
union snb_raw { struct snb s; u64 w[2]; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	union snb_raw u;
	u.w[0] = a;
	u.w[1] = b;
	s64 r = u.s.a;
	r = r * 16 + u.s.b;
	r = r * 512 + u.s.c;
	r = r * 128 + u.s.d;
	s64 e = u.s.e, f = u.s.f;
	u.s.b = (s8)c;		/* implementation-defined wrap, the same everywhere here */
	u.s.e = (s64)d;
	s64 s = u.s.a + u.s.b * 3 + u.s.c * 5 + u.s.d * 7 + (s64)u.s.e * 11 + (s64)u.s.f * 13;
	return (u64)r ^ (u64)e << 2 ^ (u64)f << 5 ^ (u64)s ^ sizeof(struct snb) << 60;
}
