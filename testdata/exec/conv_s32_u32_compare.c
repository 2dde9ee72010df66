/* s32 compared with u32: the s32 operand converts to unsigned. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s32 x = a;
	u32 y = b;
	int r = 0;
	r |= (x < y) << 0;
	r |= (x <= y) << 1;
	r |= (x > y) << 2;
	r |= (x >= y) << 3;
	r |= (x == y) << 4;
	r |= ((s64)x < (s64)y) << 5;	/* widened: real signed compare */
	r |= (x < (s32)y) << 6;
	r |= (-1 < y) << 7;		/* -1 converts to UINT_MAX */
	return (u64)r;
}
