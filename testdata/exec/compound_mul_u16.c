/* *= on u16 (the multiply is done as unsigned to stay defined) and s16. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u16 x = a;
	u32 t = x;
	t *= (u16)b;		/* u32 multiply, cannot overflow int rules */
	x = t;
	u16 y = c;
	y *= 3;			/* int multiply: at most 196605 */
	s16 z = d;
	z *= (s16)a;		/* int multiply: |product| <= 2^30 */
	s16 w = b;
	w *= -1;
	return (u64)x | (u64)y << 16 | (u64)(u16)z << 32 | (u64)(u16)w << 48;
}
