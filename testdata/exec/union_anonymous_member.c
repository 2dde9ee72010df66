/* Anonymous unions and structs as members: their fields are accessed directly. */
struct pkt {
	u8 type;
	union {
		u32 raw;
		struct {
			u16 lo;
			u16 hi;
		};
	};
	struct {
		u8 x, y;
	};
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct pkt p;
	p.type = (u8)c;
	p.raw = (u32)a;
	p.x = (u8)b;
	p.y = (u8)(b >> 8);
	u64 r = (u64)p.lo << 32 | p.hi;
	p.hi = 0xbeef;
	return r ^ (u64)p.raw << 8 ^ p.type ^ (u64)p.x << 48 ^ (u64)p.y << 56 ^ __builtin_offsetof(struct pkt, x);
}
