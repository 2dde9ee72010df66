/* Truncating 64 to 32 bits, and 32-bit results used in 64-bit expressions. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 x = (u32)a;
	u32 y = (u32)(a >> 32);
	u64 r = (u64)x + y;		/* 33-bit sum */
	u32 s = x + y;			/* wraps at 32 bits */
	u64 m = (u32)(b * c);
	return r ^ (u64)s << 20 ^ m << 1 ^ (u64)(u32)~d;
}
