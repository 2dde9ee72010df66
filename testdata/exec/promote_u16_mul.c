/* u16 * u16 promotes to (signed) int: multiply as u32 to stay defined. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u16 x = a, y = b;
	u32 p = (u32)x * y;			/* 0xffff * 0xffff fits u32 */
	int small = (x & 0x7fff) * (y & 0xffff);	/* < 2^31 */
	u16 lo = (u32)x * y;
	u64 q = (u64)x * y * y;
	return (u64)p ^ (u64)(s64)small << 3 ^ (u64)lo << 48 ^ q;
}
