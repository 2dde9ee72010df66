/* Loops that count down, with signed and unsigned counters. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 acc = 0;
	for (int i = 15; i >= 0; i--)
		acc = acc << 4 | (a >> (i * 4) & 1);
	u64 acc2 = 0;
	for (u32 i = 10; i > 0; i--)
		acc2 += i * (b & 0xffff);
	s32 k = 20;
	u64 acc3 = 1;
	while (k-- > (s32)(c & 7))
		acc3 = acc3 * 3 % 1000003;
	return acc ^ acc2 << 16 ^ acc3 << 40;
}
