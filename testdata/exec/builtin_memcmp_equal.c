/* __builtin_memcmp for equality of small buffers. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 x[16], y[16];
	for (int i = 0; i < 16; i++) {
		x[i] = (u8)(a >> (i % 8 * 8));
		y[i] = x[i];
	}
	int e1 = __builtin_memcmp(x, y, 16) == 0;
	y[b & 15] ^= (u8)(c | 1);
	int e2 = __builtin_memcmp(x, y, 16) == 0;
	int e3 = __builtin_memcmp(x, y, 4) == 0;	/* equal unless the change hit the prefix */
	int e4 = __builtin_memcmp(&x[8], &x[0], 8) == 0;	/* halves repeat */
	return (u64)e1 | (u64)e2 << 1 | (u64)e3 << 2 | (u64)e4 << 3;
}
