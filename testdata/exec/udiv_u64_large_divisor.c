/* u64 division where the divisor has its top bit set (quotient 0 or 1). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 big = b | 0x8000000000000000ull;
	u64 q1 = a / big;
	u64 r1 = a % big;
	u64 q2 = c / (d | 1);
	u64 r2 = c % (d | 1);
	u64 q3 = ~a / (a | 1);
	return q1 ^ r1 << 1 ^ q2 << 2 ^ r2 << 3 ^ q3;
}
