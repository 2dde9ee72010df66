/* The comma operator evaluates left to right and yields its right operand. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 x = 0, y = 0;
	u64 r = (x = a + 1, y = x * 2, y + b);
	u32 i, j;
	u64 acc = 0;
	for (i = 0, j = 10; i < 10; i++, j--)
		acc += (u64)i * j ^ (c >> i);
	u64 z = (a, b, c);
	return r ^ acc << 3 ^ z << 1 ^ x ^ y;
}
