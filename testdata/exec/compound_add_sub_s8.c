/* += and -= on s8: computed in int, wrap on store. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s8 x = a, y = b;
	x += y;
	x -= 100;
	y += 127;
	y -= x;
	s8 z = c;
	z += (s8)d;
	return (u64)(s64)x ^ (u64)(s64)y << 16 ^ (u64)(s64)z << 32;
}
