/* for(;;) and while(1) with a bounded counter and break. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 i = 0;
	u64 x = a | 1;
	for (;;) {
		if (++i >= 48)
			break;
		x = x * 3;
		if ((x & 0xff) == (b & 0xff))
			break;
	}
	u32 j = 0;
	u64 y = c;
	while (1) {
		y = y >> 1 ^ (-(y & 1) & 0xd800000000000000ull);
		if (++j == 24 || y == d)
			break;
	}
	return x ^ (u64)i << 56 ^ y ^ (u64)j << 48;
}
