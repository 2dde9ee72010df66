/* Reads and writes at input-dependent (masked) indexes. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 arr[16];
	for (int i = 0; i < 16; i++)
		arr[i] = (u64)i * 0x0101010101010101ull;
	arr[a & 15] ^= b;
	arr[b & 15] += c;
	arr[(a + b) & 15] = arr[c & 15] - arr[d & 15];
	u64 h = 0;
	for (int i = 0; i < 16; i++)
		h = (h ^ arr[i]) * 0x100000001b3ull;
	return h;
}
