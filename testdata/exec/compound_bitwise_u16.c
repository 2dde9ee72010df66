/* &= |= ^= on u16 and s16. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u16 x = a;
	x &= b;
	x |= 0x8001;
	x ^= c;
	s16 y = b;
	y &= 0xff0f;		/* int constant: wraps on store */
	y |= (s16)d;
	y ^= -1;
	u16 z = d;
	z ^= z >> 8;
	z |= z << 4;		/* int shift, at most 0xffff << 4 */
	return (u64)x | (u64)(u16)y << 16 | (u64)z << 32;
}
