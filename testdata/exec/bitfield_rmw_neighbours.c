/* Writing one field leaves its neighbours in the same byte and word intact. */
struct nb {
	u8 a : 2, b : 3, c : 3;
	u8 d;
	u16 e : 7, f : 9;
	u32 g : 1, h : 30, i : 1;
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct nb s;
	s.a = 3; s.b = 0; s.c = 7; s.d = 0x55; s.e = 0x7f; s.f = 0; s.g = 1; s.h = 0; s.i = 1;
	s.b = a;
	s.f = b;
	s.h = c;
	s.a ^= d & 1;
	s.i = 0;
	u64 r = s.a | s.b << 2 | s.c << 5 | (u64)s.d << 8 | (u64)s.e << 16 | (u64)s.f << 23;
	return r ^ (u64)s.g << 32 ^ (u64)s.h << 33 ^ (u64)s.i << 63;
}
