/* u32 division by variables of every magnitude; the result zero-extends. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 x = a, y = b, z = c, w = d;
	u32 q1 = y ? x / y : 0xdead;
	u32 r1 = y ? x % y : 0xbeef;
	u32 q2 = z / (w | 1);
	u32 r2 = z % (w | 1);
	u32 q3 = x / ((y >> 28) + 1);
	u64 wide = (u64)q1 << 32 | r1;
	return wide ^ (u64)q2 << 5 ^ (u64)r2 << 9 ^ q3;
}
