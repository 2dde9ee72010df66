/* += and -= on u8 wrap when stored back. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 x = a, y = b;
	x += y;
	x += 200;
	y -= x;
	y -= 1;
	u8 z = c;
	z += z;
	z -= -3;		/* adds 3 */
	return (u64)x | (u64)y << 8 | (u64)z << 16;
}
