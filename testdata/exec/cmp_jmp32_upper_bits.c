/* 32-bit comparisons must ignore the upper halves of the 64-bit inputs. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 hi_a = a | 0xdead000000000000ull, hi_b = b & 0x0000ffffffffffffull;
	u64 r = 0;
	if ((u32)hi_a < (u32)hi_b)
		r |= 1;
	if ((s32)hi_a < (s32)hi_b)
		r |= 2;
	if ((u32)hi_a == (u32)a)
		r |= 4;				/* always */
	if ((s32)c > -5)
		r |= 8;
	if ((u32)c >= 0xfffffff0u)
		r |= 16;
	if ((s32)d <= (s32)c)
		r |= 32;
	if ((u32)(a ^ b) != 0)
		r |= 64;
	if ((u32)d & 0x80000000u)
		r |= 128;
	return r;
}
