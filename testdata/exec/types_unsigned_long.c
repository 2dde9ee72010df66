/* unsigned long and long unsigned int spellings. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	unsigned long x = a;
	long unsigned int y = b;
	unsigned long int z = c;
	unsigned long s = x * y + z;
	unsigned long q = y ? x / y : 0;
	unsigned long r = z % 1000UL;
	return s ^ q << 3 ^ r << 40;
}
