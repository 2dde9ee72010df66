/* Integer constants take the first type they fit: 0xffffffff is unsigned int,
 * 4294967296 is long, 0x80000000 is unsigned int, 2147483648 is long. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s32 x = a;
	int r = 0;
	r |= (x < 0xffffffff) << 0;	/* unsigned compare */
	r |= (x < 4294967295) << 1;	/* long compare (decimal) */
	r |= (x < 0x80000000) << 2;	/* unsigned compare */
	r |= (x < 2147483648) << 3;	/* long compare: always true */
	r |= (sizeof(0xffffffff) == 4) << 4;
	r |= (sizeof(4294967295) == 8) << 5;
	r |= (sizeof(0x7fffffff) == 4) << 6;
	r |= (sizeof(1 ? 1 : 1u) == 4) << 7;
	r |= ((-1 > 0u)) << 8;
	return (u64)r;
}
