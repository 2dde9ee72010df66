/* ++/-- on s8 and s16 (int arithmetic, wrap on store at the limits). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s8 x = a;
	s8 px = x++;
	s8 max = 127;
	max++;
	s16 y = b;
	s16 py = --y;
	s16 min = -32768;
	min--;
	return (u64)(u8)x | (u64)(u8)px << 8 | (u64)(u8)max << 16 | (u64)(u16)y << 24 |
	       (u64)(u16)py << 40 ^ (u64)(u16)min;
}
