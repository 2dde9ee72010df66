/* long long and signed long long int spellings. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	long long x = a;
	signed long long int y = b;
	long long h = (x >> 2) * 3 + (y >> 3);
	long long m = (long long)(short)c * (long long)(int)d;
	long long n = x < 0 ? ~x : x;
	return (u64)h ^ (u64)m << 5 ^ (u64)n;
}
