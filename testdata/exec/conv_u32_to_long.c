/* u32 * u32 is a 32-bit multiply unless an operand is widened first. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 x = a, y = b;
	u64 narrow = x * y;		/* wraps at 32 bits, then zero-extends */
	u64 wide = (u64)x * y;		/* full 64-bit product */
	long mixed = x + 1L;		/* long arithmetic: no wrap at 2^32 */
	u64 wrapped = x + 1u;		/* u32 arithmetic: wraps */
	return narrow ^ wide << 1 ^ (u64)mixed << 2 ^ wrapped << 3;
}
