/* Pointers to struct members and into member arrays. */
struct rec {
	u32 id;
	u16 vals[4];
	u64 total;
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct rec r = { (u32)a, { 1, 2, 3, 4 }, 0 };
	u32 *pid = &r.id;
	u16 *pv = &r.vals[b & 3];
	u64 *pt = &r.total;
	*pid += 5;
	*pv = (u16)c;
	for (int i = 0; i < 4; i++)
		*pt += r.vals[i];
	struct rec *pr = &r;
	pr->vals[0] ^= 0xffff;
	return (u64)r.id ^ r.total << 32 ^ (u64)pr->vals[0] << 8;
}
