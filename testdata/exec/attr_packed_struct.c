/* __attribute__((packed)): no padding, unaligned members. */
struct __attribute__((packed)) pk {
	u8 tag;
	u32 val;	/* offset 1 */
	u16 len;	/* offset 5 */
	u64 big;	/* offset 7 */
};
union pk_bytes { struct pk p; u8 b[15]; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	union pk_bytes u;
	u.p.tag = (u8)a;
	u.p.val = (u32)b;
	u.p.len = (u16)c;
	u.p.big = d;
	u64 h = 0;
	for (int i = 0; i < 15; i++)
		h = h * 131 + u.b[i];
	u.b[3] = 0xee;
	return h ^ (u64)u.p.val << 20 ^ sizeof(struct pk) << 56 ^ __builtin_offsetof(struct pk, big) << 60;
}
