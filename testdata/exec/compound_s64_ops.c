/* Compound assignment on s64 staying in range. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 x = (s32)a;
	x += (s32)b;
	x -= (s16)c;
	x *= 3;			/* |x| < 2^33 before */
	s64 y = (s64)b >> 4;
	y *= -5;		/* |y| < 2^59 */
	y >>= 2;
	y ^= (s64)d;
	s64 z = (s64)c;
	if (d != 0 && !((s64)c == -9223372036854775807ll - 1 && (s64)d == -1))
		z /= (s64)d;
	return (u64)x ^ (u64)y << 1 ^ (u64)z;
}
