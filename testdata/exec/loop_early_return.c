/* Returning from inside a loop. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 x = a;
	for (u32 i = 0; i < 32; i++) {
		x = x * 0x5851f42d4c957f2dull + (b | 1);
		if ((x >> 60) == (c & 0xf))
			return i + 1000;
		if (i == (d & 31))
			return x;
	}
	return 0;
}
