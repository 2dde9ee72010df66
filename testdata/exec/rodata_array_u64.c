/* A static const u64 table, including values that need 64-bit immediates. */
static const u64 powers10[20] = {
	1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull,
	100000000ull, 1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull,
	10000000000000ull, 100000000000000ull, 1000000000000000ull, 10000000000000000ull,
	100000000000000000ull, 1000000000000000000ull, 10000000000000000000ull,
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 digits = 1;
	for (int i = 1; i < 20; i++)
		if (a >= powers10[i])
			digits = i + 1;
	u64 p = powers10[(b & 15) + ((b >> 4) & 3)];	/* index 0..18 */
	return (u64)digits ^ p << 1 ^ powers10[19] ^ c / powers10[(d & 7) + 1];
}
