/* unsigned and unsigned int spellings: 32-bit wrap. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	unsigned x = a;
	unsigned int y = b;
	unsigned s = x + y;
	unsigned m = x * y;
	unsigned sh = x >> (y & 31);
	unsigned q = y ? x / y : 0;
	return (u64)s ^ (u64)m << 11 ^ (u64)sh << 23 ^ (u64)q << 32;
}
