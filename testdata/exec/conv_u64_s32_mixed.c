/* s32 with u64: the s32 is sign-extended then treated as unsigned. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s32 x = b;
	u64 y = a;
	u64 sum = y + x;		/* x sign-extends */
	int lt = x < y;			/* unsigned 64-bit compare */
	u64 q = x ? y / x : 0;		/* divides by (u64)(s64)x */
	u64 and = y & x;
	return sum ^ (u64)lt << 63 ^ q ^ and << 1;
}
