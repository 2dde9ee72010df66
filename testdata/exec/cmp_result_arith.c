/* Comparison results are ints 0/1 usable in arithmetic. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 x = a, y = b;
	int n = (x < y) + (x > y) * 2 + (x == y) * 4;
	int sign = (x > 0) - (x < 0);
	u64 sel = -(u64)(a > b) & c | -(u64)(a <= b) & d;	/* branchless select */
	s64 mx = x > y ? x : y;
	s64 mn = x < y ? x : y;
	u64 cnt = (a > 5) + (b > 5) + (c > 5) + (d > 5);
	return (u64)n ^ (u64)(s64)sign << 4 ^ sel ^ (u64)mx * 3 ^ (u64)mn * 5 ^ cnt << 60;
}
