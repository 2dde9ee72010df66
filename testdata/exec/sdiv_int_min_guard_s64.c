/* LLONG_MIN / -1 guarded; LLONG_MIN divided by everything else is defined. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 min = -9223372036854775807ll - 1;
	s64 y = b;
	s64 q = (y == 0 || y == -1) ? 0 : min / y;
	s64 r = (y == 0 || y == -1) ? 0 : min % y;
	s64 x = a;
	s64 q2 = (y == 0 || (x == min && y == -1)) ? 7 : x / y;
	s64 r2 = (y == 0 || (x == min && y == -1)) ? 9 : x % y;
	return (u64)q ^ (u64)r << 1 ^ (u64)q2 << 2 ^ (u64)r2 << 3 ^ (u64)(min / 3);
}
