/* Zeroing a struct (padding included) with __builtin_memset, then comparing bytes. */
struct pad { u8 a; u32 b; u16 c; u64 d; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct pad p;
	__builtin_memset(&p, 0, sizeof(p));
	p.b = (u32)a;
	p.d = b;
	/* Only whole members are read back: padding is not inspected. */
	u64 r = p.a ^ (u64)p.b << 8 ^ (u64)p.c << 40 ^ p.d;
	struct pad q;
	__builtin_memset(&q, 0x5a, sizeof(q));
	return r ^ q.a ^ (u64)q.b << 1 ^ (u64)q.c << 2 ^ q.d << 3 ^ sizeof(p) << 56;
}
