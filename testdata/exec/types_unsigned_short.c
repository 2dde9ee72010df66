/* unsigned short and unsigned short int spellings. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	unsigned short x = a;
	unsigned short int y = b;
	unsigned short s = x + y;
	unsigned short m = (unsigned)x * y;	/* int multiply could overflow */
	unsigned short q = y ? x / y : x;
	int cmp = x > y;
	return (u64)s | (u64)m << 16 | (u64)q << 32 | (u64)cmp << 48;
}
