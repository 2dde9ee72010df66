/* Accessing the first and last elements, including through computed indexes. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 arr[5] = { a, b, c, d, a ^ b };
	u32 last = sizeof(arr) / sizeof(arr[0]) - 1;
	u32 idx = ((u32)a & 3) + (((u32)a >> 2) & 1);	/* 0..4 */
	u64 r = arr[0] ^ arr[last] << 1 ^ arr[idx] << 2;
	u32 j = b < c ? 0 : last;
	return r ^ arr[j];
}
