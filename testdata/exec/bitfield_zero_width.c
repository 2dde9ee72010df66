/* A zero-width bitfield starts the next field at a new storage unit. */
struct zw {
	u32 a : 3;
	u32 : 0;
	u32 b : 4;
	u8 : 0;
	u8 c : 2;
	u32 d : 6;
};
struct zw_view { u32 w0; u8 b1[4]; };
union zw_raw { struct zw z; struct zw_view v; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	union zw_raw u;
	u.v.w0 = (u32)a;
	for (int i = 0; i < 4; i++)
		u.v.b1[i] = (u8)(b >> (i * 8));
	u64 r = u.z.a | (u64)u.z.b << 4 | (u64)u.z.c << 8 | (u64)u.z.d << 12;
	return r ^ sizeof(struct zw) << 32 ^ (c & 1);
}
