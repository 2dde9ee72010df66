/* u8 and u16 division by constants (computed in int after promotion). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 x = a;
	u16 y = b;
	u8 q1 = x / 3;
	u8 q2 = x / 10;
	u8 r1 = x % 7;
	u16 q3 = y / 3;
	u16 q4 = y / 1000;
	u16 r2 = y % 10;
	u16 r3 = y % 256;
	return (u64)q1 | (u64)q2 << 8 | (u64)r1 << 16 | (u64)q3 << 24 | (u64)q4 << 40 |
	       (u64)r2 << 50 | (u64)r3 << 56;
}
