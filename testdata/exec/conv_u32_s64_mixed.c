/* u32 with s64: the u32 converts to s64 (value preserved), so the result is signed. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 x = a;
	s64 y = (s64)(s32)b;		/* small signed */
	s64 sum = x + y;		/* cannot overflow */
	int lt = x < y;			/* signed 64-bit compare */
	s64 q = y ? (s64)x / y : 0;
	s64 m = y ? (s64)x % y : 0;
	return (u64)sum ^ (u64)lt << 62 ^ (u64)q << 3 ^ (u64)m << 40;
}
