/* A 2D array: row-major layout, initialisers and masked indexing. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u16 m[4][5] = {
		{ 1, 2, 3, 4, 5 },
		{ 6, 7, 8, 9, 10 },
		{ 11, 12 },
		{ [3] = 44 },
	};
	m[a & 3][(b & 3) + ((b >> 2) & 1)] += (u16)c;	/* column 0..4 */
	u64 r = 0;
	for (int i = 0; i < 4; i++)
		for (int j = 0; j < 5; j++)
			r = r * 31 + m[i][j];
	u64 ri = (d >> 3) & 3, ci = (d & 3) + ((d >> 2) & 1);
	r ^= (u64)m[ri][ci] << 48;
	u16 *row = m[c & 3];		/* a row decays to a pointer to its first element */
	r ^= (u64)row[4] << 32;
	return r ^ sizeof(m) ^ sizeof(m[0]) << 8;
}
