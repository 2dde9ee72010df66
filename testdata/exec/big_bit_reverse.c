/* Bit reversal of 32- and 64-bit values by swapping fields, checked against
 * a bit-by-bit loop, and a byte-reversal cross-check via bswap. */
static inline u32 rev32(u32 x)
{
	x = (x >> 1 & 0x55555555u) | (x & 0x55555555u) << 1;
	x = (x >> 2 & 0x33333333u) | (x & 0x33333333u) << 2;
	x = (x >> 4 & 0x0f0f0f0fu) | (x & 0x0f0f0f0fu) << 4;
	x = (x >> 8 & 0x00ff00ffu) | (x & 0x00ff00ffu) << 8;
	return x >> 16 | x << 16;
}

static inline u64 rev64(u64 x)
{
	return (u64)rev32((u32)x) << 32 | rev32((u32)(x >> 32));
}

static inline u64 rev64_loop(u64 x)
{
	u64 r = 0;
	for (int i = 0; i < 64; i++) {
		r = r << 1 | (x & 1);
		x >>= 1;
	}
	return r;
}

static inline u8 rev8(u8 x)
{
	return (u8)(rev32(x) >> 24);
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r1 = rev64(a);
	int agree = r1 == rev64_loop(a);
	u32 r2 = rev32((u32)b);
	int invol = rev32(r2) == (u32)b;
	/* Reversing bits = reversing bytes and the bits inside each byte. */
	u64 bs = __builtin_bswap64(c), viabytes = 0;
	for (int i = 0; i < 8; i++)
		viabytes |= (u64)rev8((u8)(bs >> (i * 8))) << (i * 8);
	int bytes_ok = viabytes == rev64(c);
	return r1 ^ (u64)r2 << 7 ^ (u64)agree << 60 ^ (u64)invol << 61 ^ (u64)bytes_ok << 62 ^ rev64(d) >> 3;
}
