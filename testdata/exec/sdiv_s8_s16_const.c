/* s8 and s16 signed division and remainder by constants (int arithmetic). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s8 x = a;
	s16 y = b;
	s8 q1 = x / 3;
	s8 q2 = x / -1;		/* -(-128) = 128 in int; wraps to -128 on store */
	s8 r1 = x % -7;
	s16 q3 = y / 10;
	s16 q4 = y / -8;
	s16 r2 = y % 16;
	s16 r3 = y % 1000;
	return (u64)(u8)q1 | (u64)(u8)q2 << 8 | (u64)(u8)r1 << 16 | (u64)(u16)q3 << 24 |
	       (u64)(u16)q4 << 40 | (u64)(u16)r2 << 56 ^ (u64)(u16)r3;
}
