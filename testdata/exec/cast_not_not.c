/* !!x normalises to 0/1 at every width. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = 0;
	r |= (u64)!!a << 0;
	r |= (u64)!!(u32)a << 1;
	r |= (u64)!!(u16)b << 2;
	r |= (u64)!!(u8)b << 3;
	r |= (u64)!!(s8)c << 4;
	r |= (u64)!!(a >> 32) << 5;
	r |= (u64)!!(c & d) << 6;
	int n = !!a + !!b + !!c + !!d;
	return r | (u64)n << 8;
}
