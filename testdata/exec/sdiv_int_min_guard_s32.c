/* INT_MIN / -1 guarded; INT_MIN divided by everything else is defined. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s32 min = -2147483647 - 1;
	s32 y = b;
	s32 q = (y == 0 || y == -1) ? 0 : min / y;
	s32 r = (y == 0 || y == -1) ? 0 : min % y;
	s32 q2 = min / 2, q3 = min / -2, q4 = min / 2147483647;
	s32 r2 = min % 3, r3 = min % -3;
	return (u64)(u32)q ^ (u64)(u32)r << 32 ^ (u64)(u32)q2 * 3 ^ (u64)(u32)q3 * 5 ^
	       (u64)(u32)q4 * 7 ^ (u64)(u32)r2 << 8 ^ (u64)(u32)r3 << 16;
}
