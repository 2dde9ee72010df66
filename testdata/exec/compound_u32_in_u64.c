/* Compound assignment where the right side is wider than the target. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 x = a;
	x += b;			/* computed in u64, truncated on store */
	u32 y = a;
	y *= c;
	u32 z = a;
	z -= 0x100000001ull;	/* same as z -= 1 */
	u8 w = a;
	w += 0x1234567;
	s32 v = a;
	v ^= 0xffffffff00000000ull;	/* no change in the low 32 bits */
	return (u64)x ^ (u64)y << 13 ^ (u64)z << 32 ^ (u64)w << 1 ^ (u64)(u32)v << 3;
}
