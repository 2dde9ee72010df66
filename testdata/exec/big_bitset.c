/* A 256-bit bitset in four u64 words: set, clear, toggle, test, count and
 * find-first-set. */
struct bitset { u64 w[4]; };

static inline void bs_set(struct bitset *s, u32 i) { s->w[(i >> 6) & 3] |= 1ull << (i & 63); }
static inline void bs_clear(struct bitset *s, u32 i) { s->w[(i >> 6) & 3] &= ~(1ull << (i & 63)); }
static inline void bs_toggle(struct bitset *s, u32 i) { s->w[(i >> 6) & 3] ^= 1ull << (i & 63); }
static inline int bs_test(const struct bitset *s, u32 i) { return s->w[(i >> 6) & 3] >> (i & 63) & 1; }

static inline u32 pop64(u64 x)
{
	x = x - ((x >> 1) & 0x5555555555555555ull);
	x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
	return (u32)((x * 0x0101010101010101ull) >> 56);
}

static inline s32 bs_ffs(const struct bitset *s)
{
	for (int k = 0; k < 4; k++) {
		u64 x = s->w[k];
		if (!x)
			continue;
		/* Index of the lowest set bit: popcount of the bits below it. */
		return k * 64 + (s32)pop64((x & -x) - 1);
	}
	return -1;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct bitset s = { { 0, 0, 0, 0 } };
	for (int i = 0; i < 8; i++)
		bs_set(&s, (u32)(a >> (i * 8)) & 0xff);
	bs_clear(&s, (u32)b & 0xff);
	bs_toggle(&s, (u32)c & 0xff);
	bs_toggle(&s, (u32)(c >> 8) & 0xff);
	u32 count = 0;
	for (int k = 0; k < 4; k++)
		count += pop64(s.w[k]);
	u32 tested = 0;
	for (int i = 0; i < 8; i++)
		tested = tested << 1 | (u32)bs_test(&s, (u32)(d >> (i * 8)) & 0xff);
	s32 first = bs_ffs(&s);
	return (u64)count | (u64)tested << 16 | (u64)(u32)first << 32 ^ s.w[0] ^ s.w[3] << 1;
}
