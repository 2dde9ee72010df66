/* s8 sign-extends when promoted; mixing with u8 promotes both to int. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s8 x = a;
	u8 y = b;
	int sum = x + y;	/* -128..382 */
	int diff = x - y;
	int prod = x * y;
	int lt = x < y;		/* int compare, not unsigned */
	return (u64)(u32)sum ^ (u64)(u32)diff << 16 ^ (u64)(u32)prod << 32 ^ (u64)lt << 63;
}
