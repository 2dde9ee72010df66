/* Negative enumerators make the enum signed; comparisons are signed. */
enum sgn { NEG_BIG = -1000, NEG = -1, ZERO, POS, POS_BIG = 1000 };

static inline enum sgn classify(s64 x)
{
	if (x <= NEG_BIG)
		return NEG_BIG;
	if (x < ZERO)
		return NEG;
	if (x == ZERO)
		return ZERO;
	if (x < POS_BIG)
		return POS;
	return POS_BIG;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	enum sgn s1 = classify((s64)a), s2 = classify((s64)(s16)b);
	int lt = s1 < s2;
	s64 sum = (s64)s1 + s2;
	return (u64)sum ^ (u64)lt << 40 ^ (u64)(s64)ZERO << 41 ^ (u64)(s64)NEG;
}
