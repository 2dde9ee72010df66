/* long and long int are 64-bit (LP64). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	long x = a;
	long int y = b;
	signed long z = c;
	long h = (x >> 1) - (y >> 1);
	long q = (y == 0 || (x == -9223372036854775807L - 1 && y == -1)) ? 0 : x % y;
	long big = (long)(int)z * 3L;
	return (u64)h ^ (u64)q * 3 ^ (u64)big << 1 ^ sizeof(long);
}
