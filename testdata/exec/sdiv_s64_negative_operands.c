/* s64 division/remainder with every sign combination. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 m = (s64)(a >> 2);		/* 0 .. 2^62 - 1 */
	s64 n = (s64)(b & 0xffffffff) + 1;
	s64 q1 = m / n, r1 = m % n;
	s64 q2 = -m / n, r2 = -m % n;
	s64 q3 = m / -n, r3 = m % -n;
	s64 q4 = -m / -n, r4 = -m % -n;
	return (u64)q1 ^ (u64)q2 * 3 ^ (u64)q3 * 5 ^ (u64)q4 * 7 ^
	       (u64)r1 << 1 ^ (u64)r2 << 2 ^ (u64)r3 << 3 ^ (u64)r4 << 4;
}
