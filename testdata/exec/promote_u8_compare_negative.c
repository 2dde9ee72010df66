/* u8/u16 promote to int, so comparing with -1 behaves differently from u32. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 x8 = a;
	u16 x16 = a;
	u32 x32 = a;
	int r = 0;
	r |= (x8 > -1) << 0;	/* int compare: always true */
	r |= (x16 > -1) << 1;	/* int compare: always true */
	r |= (x32 > -1) << 2;	/* -1 becomes UINT_MAX: always false */
	r |= (x8 < -1) << 3;
	r |= (x32 < -1) << 4;	/* true unless x32 == UINT_MAX */
	r |= ((u8)~x8 == ~x8) << 5;	/* ~x8 is a negative int: false */
	return (u64)r;
}
