/* Bitfields with u8/u16/u32 bases: each goes in a unit of its own type's size
 * and alignment, moving on when it would cross that unit. */
struct mb {
	u8 a : 4;	/* bits 0..3 */
	u16 b : 10;	/* bits 4..13 */
	u32 c : 17;	/* bits 14..30 */
	u8 d : 2;	/* would cross byte 3: bits 32..33 */
	u16 e : 15;	/* would cross the u16 at 32: bits 48..62 */
};
struct mb_view { u32 lo, hi; };
union mb_raw { struct mb m; struct mb_view v; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	union mb_raw u;
	u.v.lo = (u32)a;
	u.v.hi = (u32)(a >> 32);
	u64 r = u.m.a ^ (u64)u.m.b << 4 ^ (u64)u.m.c << 14 ^ (u64)u.m.d << 32 ^ (u64)u.m.e << 40;
	u.m.c = b;
	u.m.e = c;
	u.m.a = d;
	/* Bits 31, 34..47 and 63 are padding: read the fields, not the raw words. */
	u64 s = u.m.a ^ (u64)u.m.b << 4 ^ (u64)u.m.c << 14 ^ (u64)u.m.d << 32 ^ (u64)u.m.e << 40;
	return r ^ s * 3 ^ sizeof(struct mb) << 56 ^ _Alignof(struct mb) << 60;
}
