/* Pre/post increment and decrement on 32- and 64-bit values. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 x = a;
	u32 r1 = x++ + 1;
	u32 r2 = ++x * 2;
	u64 y = b;
	u64 r3 = y--;
	u64 r4 = --y;
	s32 z = (s32)c >> 1;		/* room for +-2 */
	s32 r5 = z--;
	s32 r6 = --z;
	return (u64)r1 ^ (u64)r2 << 3 ^ r3 ^ r4 << 1 ^ (u64)(s64)r5 << 5 ^ (u64)(s64)r6 << 7 ^ x ^ y;
}
