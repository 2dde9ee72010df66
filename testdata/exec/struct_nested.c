/* Nested structs and arrays of structs inside structs. */
struct point { s32 x, y; };
struct rect { struct point lo, hi; };
struct scene { u8 n; struct rect r[2]; struct point origin; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct scene s;
	s.n = 2;
	s.origin.x = (s16)a;
	s.origin.y = (s16)b;
	for (int i = 0; i < 2; i++) {
		s.r[i].lo.x = (s16)(c >> (16 * i));
		s.r[i].lo.y = (s16)(d >> (16 * i));
		s.r[i].hi.x = s.r[i].lo.x + 10;
		s.r[i].hi.y = s.r[i].lo.y + 20;
	}
	s64 area = 0;
	for (int i = 0; i < 2 && i < s.n; i++)	/* the constant bound is what the verifier sees */
		area += (s64)(s.r[i].hi.x - s.r[i].lo.x) * (s.r[i].hi.y - s.r[i].lo.y);
	s32 dx = s.r[1].lo.x - s.origin.x;
	return (u64)area ^ (u64)(s64)dx << 16 ^ (u64)(s64)s.r[0].hi.y << 40;
}
