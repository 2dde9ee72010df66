/* Nested loops with an inner break and an outer continue. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 acc = 0;
	for (u32 i = 0; i < 8; i++) {
		if ((c >> i & 1) && i != 0)
			continue;
		for (u32 j = 0; j < 8; j++) {
			if (j > (a >> (i * 4) & 7))
				break;
			acc = acc * 31 + (i * 8 + j) * (b & 0xff);
		}
	}
	u64 tri = 0;
	for (u32 i = 0; i < 6; i++)
		for (u32 j = 0; j <= i; j++)
			tri += i * j + (d & 1);
	return acc ^ tri << 48;
}
