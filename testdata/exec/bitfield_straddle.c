/* Fields that cross byte and 32-bit boundaries inside their storage unit. */
struct st {
	u32 a : 5;
	u32 b : 12;	/* bits 5..16: spans three bytes */
	u32 c : 15;	/* bits 17..31 */
	u64 d : 20;	/* u64 unit: bits 32..51 */
	u64 e : 12;	/* bits 52..63 */
};
struct st2 {
	u32 x : 20;
	u64 y : 40;	/* fits the u64 unit at bit 20: crosses the 32-bit boundary */
	u64 z : 4;
};
union st_raw { struct st s; u64 raw; };
union st2_raw { struct st2 s; u64 raw; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	union st_raw u;
	u.raw = a;
	u64 r = u.s.a ^ (u64)u.s.b << 5 ^ (u64)u.s.c << 20 ^ (u64)u.s.d << 35 ^ (u64)u.s.e << 50;
	u.s.b = b;
	u.s.d = c;
	r ^= u.raw * 3;
	union st2_raw v;
	v.raw = b;
	r ^= (u64)v.s.x ^ (u64)v.s.y << 3 ^ (u64)v.s.z << 60;
	v.s.y = d;
	return r ^ v.raw ^ sizeof(struct st) << 8 ^ sizeof(struct st2) << 16;
}
