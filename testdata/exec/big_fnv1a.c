/* FNV-1a (64-bit) over a 32-byte stack buffer built from the inputs, plus
 * the 32-bit variant over a prefix selected by the input. */
static inline void fill(u8 *buf, u64 a, u64 b, u64 c, u64 d)
{
	for (int i = 0; i < 8; i++) {
		buf[i] = (u8)(a >> (i * 8));
		buf[8 + i] = (u8)(b >> (i * 8));
		buf[16 + i] = (u8)(c >> (i * 8));
		buf[24 + i] = (u8)(d >> (i * 8));
	}
}

static inline u64 fnv1a64(const u8 *p, u32 n)
{
	u64 h = 0xcbf29ce484222325ull;
	for (u32 i = 0; i < 32; i++) {
		if (i >= n)
			break;
		h ^= p[i];
		h *= 0x100000001b3ull;
	}
	return h;
}

static inline u32 fnv1a32(const u8 *p, u32 n)
{
	u32 h = 0x811c9dc5;
	for (u32 i = 0; i < 32; i++) {
		if (i >= n)
			break;
		h ^= p[i];
		h *= 0x01000193;
	}
	return h;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 buf[32];
	fill(buf, a, b, c, d);
	u64 full = fnv1a64(buf, 32);
	u32 n = (u32)(a % 33);
	u32 part = fnv1a32(buf, n);
	u64 empty = fnv1a64(buf, 0);
	/* Hashing the same bytes again from a copy must give the same value. */
	u8 copy[32];
	__builtin_memcpy(copy, buf, 32);
	int same = fnv1a64(copy, 32) == full;
	return full ^ (u64)part << 32 ^ empty ^ (u64)same << 1 ^ n;
}
