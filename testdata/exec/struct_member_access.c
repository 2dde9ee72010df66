/* Struct members of mixed sizes: stores and loads at their offsets. */
struct mixed {
	u8 a;
	u16 b;
	u32 c;
	u64 d;
	s8 e;
	s32 f;
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct mixed m;
	m.a = a;
	m.b = b;
	m.c = c;
	m.d = d;
	m.e = (s8)a;
	m.f = (s32)b;
	m.a += m.e;
	m.c ^= m.b;
	return (u64)m.a ^ (u64)m.b << 8 ^ (u64)m.c << 24 ^ m.d ^ (u64)(s64)m.e ^ (u64)(s64)m.f << 2;
}
