/* Accessing struct members through pointers (->), including via a helper. */
struct counter { u64 hits; u32 last; u16 flags; };

static inline void bump(struct counter *c, u32 v)
{
	c->hits++;
	if (v > c->last)
		c->last = v;
	c->flags |= 1 << (v & 15);
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct counter cs[2] = { { 0, 0, 0 }, { 100, 50, 0x8000 } };
	struct counter *p = &cs[a & 1];
	bump(p, (u32)b);
	bump(p, (u32)c);
	bump(&cs[1], (u32)d);
	return cs[0].hits ^ (u64)cs[0].last << 8 ^ (u64)cs[0].flags << 40 ^
	       cs[1].hits << 1 ^ (u64)cs[1].last << 9 ^ (u64)cs[1].flags << 48;
}
