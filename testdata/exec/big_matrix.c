/* 3x3 integer matrices: multiply, transpose, determinant, and the identity
 * det(A*B) = det(A)*det(B) on small entries. */
struct m3 { s16 e[3][3]; };	/* entries stay within s16: |A*B| <= 3 * 32 * 32 */

static inline struct m3 mat_from(u64 x)
{
	struct m3 m;
	for (int i = 0; i < 3; i++)
		for (int j = 0; j < 3; j++)
			m.e[i][j] = (s16)((x >> ((i * 3 + j) * 7)) & 0x3f) - 32;	/* -32..31 */
	return m;
}

static inline struct m3 mat_mul(const struct m3 *a, const struct m3 *b)
{
	struct m3 r;
	for (int i = 0; i < 3; i++)
		for (int j = 0; j < 3; j++) {
			s32 s = 0;
			for (int k = 0; k < 3; k++)
				s += a->e[i][k] * b->e[k][j];
			r.e[i][j] = s;
		}
	return r;
}

static inline s64 det(const struct m3 *m)
{
	const s16 (*e)[3] = m->e;
	return (s64)e[0][0] * ((s64)e[1][1] * e[2][2] - (s64)e[1][2] * e[2][1]) -
	       (s64)e[0][1] * ((s64)e[1][0] * e[2][2] - (s64)e[1][2] * e[2][0]) +
	       (s64)e[0][2] * ((s64)e[1][0] * e[2][1] - (s64)e[1][1] * e[2][0]);
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct m3 A = mat_from(a), B = mat_from(b);
	struct m3 C = mat_mul(&A, &B);
	struct m3 T;
	for (int i = 0; i < 3; i++)
		for (int j = 0; j < 3; j++)
			T.e[i][j] = A.e[j][i];
	s64 dA = det(&A), dB = det(&B), dC = det(&C), dT = det(&T);
	u64 h = 0;
	for (int i = 0; i < 3; i++)
		for (int j = 0; j < 3; j++)
			h = h * 1000003 + (u32)C.e[i][j];
	return h ^ (u64)dC << 3 ^ (u64)(dC == dA * dB) << 62 ^ (u64)(dT == dA) << 63;
}
