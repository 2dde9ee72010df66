/* Extracting and inserting bytes and fields with shifts and masks. */
static inline u64 set_byte(u64 v, u32 i, u8 x)
{
	u32 sh = (i & 7) * 8;
	return (v & ~(0xffull << sh)) | (u64)x << sh;
}

static inline u64 get_field(u64 v, u32 lo, u32 n)
{
	return (v >> (lo & 63)) & (n >= 64 ? ~0ull : (1ull << n) - 1);
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 v = a;
	for (u32 i = 0; i < 8; i++)
		v = set_byte(v, i * 3, (u8)(b >> (i * 8)));
	u64 f = get_field(c, (u32)d & 63, ((u32)d >> 8) % 65);
	u8 top = (u8)(a >> 56), low = (u8)a;
	return v ^ f << 1 ^ (u64)top << 8 ^ low;
}
