/* Bitfields on a u64 base: wide fields are cast to u64 before arithmetic. */
struct b64 {
	u64 lo : 40;
	u64 mid : 20;
	u64 hi : 4;
};
union b64_raw { struct b64 f; u64 raw; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	union b64_raw u;
	u.raw = a;
	u64 lo = u.f.lo, mid = u.f.mid, hi = u.f.hi;
	u.f.lo = b;
	u.f.hi = c;
	u64 after = u.raw;
	u.f.mid = (u64)u.f.mid + 3;	/* wraps modulo 2^20 */
	u.f.lo += 1;			/* wraps modulo 2^40 */
	return lo ^ mid << 1 ^ hi << 60 ^ after << 2 ^ u.raw ^ sizeof(struct b64) << 56;
}
