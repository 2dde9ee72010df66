/* Loops with narrow counters: the compare happens after promotion. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 acc = 0;
	for (u8 i = 0; i < 40; i++)
		acc = acc * 3 + (a >> (i & 63) & 1);
	u16 j = 0;
	while (j < 50) {
		acc ^= (u64)j << (j & 31);
		j += 7;
	}
	s8 k = -10;
	u64 cnt = 0;
	do {
		cnt += (u64)(s64)k * (b & 0xf);
		k += 3;
	} while (k < 20);
	return acc ^ cnt << 1 ^ j ^ (u64)(u8)k << 56;
}
