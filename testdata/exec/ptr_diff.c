/* Pointer difference counts elements, not bytes. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 arr[16];
	for (int i = 0; i < 16; i++)
		arr[i] = i;
	u32 *p = &arr[a & 15];
	u32 *q = &arr[b & 15];
	long diff = q - p;		/* ptrdiff_t */
	u8 bytes[32];
	u8 *bp = &bytes[c & 31], *bq = &bytes[d & 31];
	long bdiff = bp - bq;
	long end = &arr[16] - &arr[0];
	return (u64)diff ^ (u64)bdiff << 8 ^ (u64)end << 16 ^ arr[a & 15];
}
