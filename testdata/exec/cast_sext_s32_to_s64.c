/* Sign extension from s32 versus zero extension from u32. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s32 x = (s32)a;
	u32 y = (u32)a;
	s64 sx = x;
	u64 zy = y;
	u64 sx_u = (u64)x;		/* sign-extends */
	u64 via = (u64)(s64)(s32)(u32)c;
	return (u64)sx ^ zy << 1 ^ sx_u << 2 ^ via << 3;
}
