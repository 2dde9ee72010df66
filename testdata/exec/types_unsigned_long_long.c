/* unsigned long long and long long unsigned spellings. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	unsigned long long x = a;
	long long unsigned y = b;
	unsigned long long int z = c;
	unsigned long long s = x - y * z;
	unsigned long long sh = x << (y & 63) | z >> (d & 63);
	unsigned long long m = y ? x % y : 0ULL;
	return s ^ sh ^ m;
}
