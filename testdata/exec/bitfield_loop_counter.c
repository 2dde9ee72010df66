/* A bitfield used as a wrapping counter inside a loop. */
struct ctr { u32 tick : 5; u32 wraps : 6; u32 other : 21; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct ctr s = { (u32)a, 0, (u32)b };
	u32 steps = (u32)c & 63;
	for (u32 i = 0; i < 64; i++) {
		if (i >= steps)
			break;
		s.tick++;
		if (s.tick == 0)
			s.wraps++;
	}
	return s.tick | s.wraps << 5 | (u64)s.other << 11;
}
