/* Zero extension from every unsigned width. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 x8 = a;
	u16 x16 = b;
	u32 x32 = c;
	u64 r = (u64)x8 + ((u64)x16 << 8) + ((u64)x32 << 24);
	s64 s = (s64)x32;		/* non-negative */
	int i = x16;			/* non-negative */
	return r ^ (u64)s << 1 ^ (u64)i << 50;
}
