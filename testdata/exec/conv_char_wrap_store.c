/* char arithmetic that wraps when stored back into char. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	char x = a;
	char y = x;
	y += 100;
	y += 100;
	char z = x;
	z -= 200;
	char m = x;
	m *= 5;
	char n = 127;
	n += x & 1;		/* 127 + 1 wraps to -128 */
	return (u64)(u8)x | (u64)(u8)y << 8 | (u64)(u8)z << 16 | (u64)(u8)m << 24 |
	       (u64)(s64)n << 32;
}
