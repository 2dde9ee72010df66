/* Designated struct initialisers: out of order, nested, and zero-filled. */
struct cfg {
	u8 mode;
	u16 port;
	u32 addr;
	struct { u8 lo, hi; } range;
	u64 flags;
	u32 extra[3];
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct cfg x = {
		.flags = d,
		.addr = (u32)a,
		.range = { .hi = (u8)b },
		.port = 8080,
		.extra[2] = 7,
	};
	struct cfg y = { .range.lo = 3, .mode = (u8)c };
	u64 r = x.mode ^ (u64)x.port << 8 ^ (u64)x.addr << 24 ^ (u64)x.range.lo << 1 ^
		(u64)x.range.hi << 56 ^ x.flags ^ x.extra[0] ^ (u64)x.extra[2] << 4;
	return r ^ (u64)y.range.lo << 9 ^ y.mode ^ y.flags ^ y.port ^ y.extra[1];
}
