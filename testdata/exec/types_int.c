/* int, signed, signed int spellings. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	int x = a;
	signed y = b;
	signed int z = c;
	int h = (x >> 1) + (y >> 1);
	int m = (x & 0xffff) * (z & 0x7fff);
	int q = (y == 0 || (x == -2147483647 - 1 && y == -1)) ? 0 : x / y;
	return (u64)(s64)h ^ (u64)(s64)m << 7 ^ (u64)(s64)q << 29;
}
