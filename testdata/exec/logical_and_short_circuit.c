/* && evaluates its right operand only when the left is non-zero. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 n = 0;
	int r1 = (a & 1) && (n += 1);
	int r2 = (b & 1) && (n += 10) && (c & 1) && (n += 100);
	int r3 = 0 && (n += 1000);
	u32 k = 0;
	int r4 = (a > b) && (++k > 0) && (k++ == 1);
	return n | (u64)r1 << 16 | (u64)r2 << 17 | (u64)r3 << 18 | (u64)r4 << 19 | (u64)k << 24;
}
