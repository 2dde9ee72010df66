/* sizeof an array and the element-count idiom. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u16 arr[] = { 1, 2, 3, 4, 5, 6, 7 };
	u64 n = sizeof(arr) / sizeof(arr[0]);
	u64 s = 0;
	for (u64 i = 0; i < sizeof(arr) / sizeof(arr[0]); i++)
		s += arr[i] * (a & 0xff);
	u64 big[3][4];
	return n | sizeof(arr) << 8 | sizeof(big) << 16 | sizeof(big[1]) << 32 | s << 40 ^ b;
}
