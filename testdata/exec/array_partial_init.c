/* Partial initialisers zero-fill the rest of the array. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 arr[8] = { a, b };
	u8 bytes[16] = { 1, 2, 3 };
	s16 halves[6] = { [4] = -5 };
	u64 zeros[4] = { 0 };
	u64 r = 0;
	for (int i = 0; i < 8; i++)
		r = r * 3 + arr[i];
	for (int i = 0; i < 16; i++)
		r = r * 5 + bytes[i];
	for (int i = 0; i < 6; i++)
		r = r * 7 + (u64)(s64)halves[i];
	return r ^ zeros[c & 3] ^ zeros[d & 3];
}
