/* signed char spelled out, compared with char and unsigned char views. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	signed char x = (signed char)a;
	unsigned char ux = (unsigned char)a;
	signed char y = (signed char)(b ^ 0x80);
	int lt = x < y;
	int same = (char)ux == x;
	signed char q = y ? x / y : 0;
	return (u64)(s64)x << 48 ^ (u64)(s64)q << 16 ^ (u64)lt << 1 ^ (u64)same;
}
