/* Byte arrays: building a value byte by byte and summing with wraparound. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 buf[8];
	for (int i = 0; i < 8; i++)
		buf[i] = (u8)(a >> (8 * i)) + (u8)b;
	u64 v = 0;
	for (int i = 7; i >= 0; i--)
		v = v << 8 | buf[i];
	u8 sum = 0;
	for (int i = 0; i < 8; i++)
		sum += buf[i];
	s8 sbuf[4] = { (s8)c, (s8)(c >> 8), (s8)(c >> 16), (s8)(c >> 24) };
	int ssum = sbuf[0] + sbuf[1] + sbuf[2] + sbuf[3];
	return v ^ (u64)sum << 56 ^ (u64)(s64)ssum;
}
