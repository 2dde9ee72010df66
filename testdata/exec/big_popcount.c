/* Three population counts that must agree: SWAR, a clear-lowest-bit loop,
 * and a nibble table in static const data. */
static const u8 nibble_bits[16] = { 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4 };

static inline u32 pop_swar(u64 x)
{
	x = x - ((x >> 1) & 0x5555555555555555ull);
	x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
	return (u32)((x * 0x0101010101010101ull) >> 56);
}

static inline u32 pop_loop(u64 x)
{
	u32 n = 0;
	for (int i = 0; i < 64; i++) {
		if (!x)
			break;
		x &= x - 1;
		n++;
	}
	return n;
}

static inline u32 pop_table(u64 x)
{
	u32 n = 0;
	for (int i = 0; i < 16; i++)
		n += nibble_bits[(x >> (i * 4)) & 0xf];
	return n;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = 0;
	u64 in[4] = { a, b, c, d };
	for (int i = 0; i < 4; i++) {
		u32 p1 = pop_swar(in[i]), p2 = pop_loop(in[i]), p3 = pop_table(in[i]);
		r = r << 8 | p1;
		r |= (u64)(p1 != p2 || p2 != p3) << (40 + i);
	}
	u32 parity = pop_swar(a ^ b) & 1;
	u32 hamming = pop_swar(c ^ d);
	return r | (u64)parity << 48 | (u64)hamming << 50;
}
