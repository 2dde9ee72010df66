/* unsigned char: zero extension, wrap modulo 256, promotion to int. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	unsigned char x = a, y = b;
	unsigned char s = x + y;
	unsigned char t = x - y;
	int wide = x - y;		/* may be negative */
	unsigned char inc = x;
	inc++;
	return (u64)s | (u64)t << 8 | (u64)(u32)wide << 16 | (u64)inc << 48;
}
