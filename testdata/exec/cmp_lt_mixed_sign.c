/* < between mixed signedness and widths, following the usual conversions. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s8 s8v = a;
	u8 u8v = b;
	s16 s16v = a;
	u16 u16v = b;
	s32 s32v = a;
	u32 u32v = b;
	s64 s64v = a;
	u64 u64v = b;
	u64 r = 0;
	r |= (u64)(s8v < u8v) << 0;	/* int */
	r |= (u64)(s16v < u16v) << 1;	/* int */
	r |= (u64)(s32v < u32v) << 2;	/* unsigned int */
	r |= (u64)(s64v < u32v) << 3;	/* long */
	r |= (u64)(s64v < u64v) << 4;	/* unsigned long */
	r |= (u64)(s32v < u64v) << 5;	/* unsigned long, s32 sign-extended */
	r |= (u64)(u32v < s64v) << 6;	/* long */
	r |= (u64)(s8v < u32v) << 7;	/* unsigned int */
	r |= (u64)(u16v < s8v) << 8;	/* int */
	r |= (u64)(s8v < u64v) << 9;	/* unsigned long */
	return r;
}
