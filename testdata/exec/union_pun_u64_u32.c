/* A u64 viewed as two u32 halves (low half first on little-endian). */
union dword {
	u64 q;
	u32 d[2];
	struct { u32 lo, hi; } p;
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	union dword u;
	u.q = a;
	u64 r = (u64)u.d[0] * 3 + u.d[1];
	u.p.hi = (u32)b;
	r ^= u.q;
	u.d[0] += (u32)c;
	return r ^ u.q << 1 ^ (u64)u.p.lo;
}
