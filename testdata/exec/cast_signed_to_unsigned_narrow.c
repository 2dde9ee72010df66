/* Negative values converted to unsigned narrow types wrap modulo 2^N. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 x = -(s64)(a & 0xffff) - 1;	/* -1 .. -65536 */
	u8 u8v = x;
	u16 u16v = x;
	u32 u32v = x;
	u64 u64v = x;
	s8 s8v = (s8)u16v;
	return (u64)u8v | (u64)u16v << 8 | (u64)u32v << 24 ^ u64v ^ (u64)(s64)s8v << 56;
}
