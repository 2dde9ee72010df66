/* Type punning through a union: a u32 read back as bytes (little-endian). */
union word {
	u32 w;
	u8 b[4];
	u16 h[2];
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	union word u;
	u.w = (u32)a;
	u64 r = (u64)u.b[0] << 24 | (u64)u.b[1] << 16 | (u64)u.b[2] << 8 | u.b[3];
	r ^= (u64)u.h[1] << 32;
	u.b[2] = (u8)b;
	u.h[0] ^= (u16)c;
	return r ^ (u64)u.w << 20;
}
