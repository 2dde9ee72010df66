/* Designated array initialisers, out of order and overriding. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 arr[10] = { [9] = 90, [2] = 20, [5] = (u32)a, 51, 52, [0] = 1 };
	u64 r = 0;
	for (int i = 0; i < 10; i++)
		r = r * 97 + arr[i];
	return r ^ arr[(b & 7) + ((b >> 3) & 1) * 2];	/* index 0..9 */
}
