/* A static const 2D table indexed by two masked inputs. */
static const s8 tab[4][8] = {
	{ 0, 1, 2, 3, 4, 5, 6, 7 },
	{ -1, -2, -3, -4, -5, -6, -7, -8 },
	{ 10, -10, 20, -20, 30, -30, 40, -40 },
	{ 127, -128, 0, 1, -1, 64, -64, 100 },
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 s = 0;
	for (int i = 0; i < 4; i++)
		s = s * 300 + tab[i][(a >> (i * 3)) & 7];
	s32 x = tab[b & 3][c & 7];
	return (u64)s ^ (u64)(s64)x << 48;
}
