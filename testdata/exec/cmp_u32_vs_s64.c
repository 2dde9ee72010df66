/* u32 compared with s64: the u32 zero-extends into a signed 64-bit compare. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 x = a;
	s64 y = b;
	s64 small = (s32)c;
	u64 r = 0;
	r |= (u64)(x < y) << 0;
	r |= (u64)(x > small) << 1;
	r |= (u64)(x == small) << 2;
	r |= (u64)(x <= -1ll) << 3;		/* never: x >= 0 as s64 */
	r |= (u64)(x >= 0xffffffffll) << 4;
	r |= (u64)((s32)x < small) << 5;
	return r;
}
