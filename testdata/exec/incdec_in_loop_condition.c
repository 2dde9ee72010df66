/* Post-decrement in a loop condition and pre-increment in an index. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 n = a & 15;
	u64 acc = 0;
	while (n--)
		acc = acc * 3 + n;
	u8 buf[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
	u32 i = b & 3;
	u64 s = buf[i++];
	s = s * 10 + buf[++i];
	s = s * 10 + buf[i--];
	return acc ^ s << 32 ^ (u64)n << 1 ^ i;
}
