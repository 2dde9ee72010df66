/* short and short int spellings. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	short x = a;
	short int y = b;
	signed short z = c;
	short s = x + y + z;
	int p = x * y;			/* |x*y| <= 2^30 */
	short q = y ? x % y : 0;
	return (u64)(s64)s ^ (u64)(s64)p << 16 ^ (u64)(s64)q << 40;
}
