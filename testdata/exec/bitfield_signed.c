/* Signed bitfields sign-extend on read; stores wrap modulo 2^width. */
struct sf {
	s32 a : 4;
	s32 b : 7;
	s32 c : 13;
	s32 d : 8;
};
union sf_raw { struct sf f; u32 raw; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	union sf_raw u;
	u.raw = (u32)a;
	s64 r = u.f.a;
	r = r * 1000 + u.f.b;
	r = r * 10000 + u.f.c;
	r = r * 1000 + u.f.d;
	struct sf s;
	s.a = (s32)b;		/* implementation-defined wrap, as on every target here */
	s.b = -1;
	s.c = (s16)c;
	s.d = 127;
	return (u64)r ^ (u64)(s64)s.a << 40 ^ (u64)(s64)s.b << 44 ^ (u64)(s64)s.c << 20 ^ (u64)(s64)s.d;
}
