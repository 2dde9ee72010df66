/* Pointers that may be NULL, checked before use. */
static inline u64 get_or(const u64 *p, u64 dflt)
{
	return p ? *p : dflt;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 x = a;
	u64 *p = (b & 1) ? &x : NULL;
	u64 *q = (b & 2) ? NULL : &x;
	u64 r = get_or(p, 7) + get_or(q, 11) * 2;
	int isnull = (p == NULL) + (q == 0) * 2 + (!p) * 4;
	return r ^ (u64)isnull << 60 ^ c;
}
