/* A packed struct inside a normal one, and a normal one inside a packed one. */
struct __attribute__((packed)) inner { u16 a; u32 b; };
struct outer { u8 x; struct inner in; u64 y; };
struct plain { u16 p; u32 q; };
struct __attribute__((packed)) outer2 { u8 x; struct plain pl; u8 z; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct outer o;
	o.x = (u8)a;
	o.in.a = (u16)b;
	o.in.b = (u32)c;
	o.y = d;
	struct outer2 t;
	t.x = 1;
	t.pl.p = (u16)a;
	t.pl.q = (u32)(a >> 16);
	t.z = (u8)d;
	u64 r = o.x ^ (u64)o.in.a << 8 ^ (u64)o.in.b << 24 ^ o.y ^ (u64)t.pl.q << 3 ^ t.pl.p ^ t.z;
	r = r * 1000 + sizeof(struct inner) * 100 + sizeof(struct outer);
	r = r * 1000 + __builtin_offsetof(struct outer, y) * 100 + sizeof(struct outer2);
	return r * 100 + __builtin_offsetof(struct outer2, z) * 10 + _Alignof(struct outer);
}
