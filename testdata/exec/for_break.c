/* for with break: find the first byte equal to a needle. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 needle = b;
	int pos = -1;
	for (int i = 0; i < 8; i++) {
		if ((u8)(a >> (i * 8)) == needle) {
			pos = i;
			break;
		}
	}
	u64 sum = 0;
	u32 j;
	for (j = 0; j < 64; j++) {
		if (sum > (c & 0xffff))
			break;
		sum += j * 37;
	}
	return (u64)(s64)pos ^ sum << 8 ^ (u64)j << 40;
}
