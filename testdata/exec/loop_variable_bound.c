/* A loop whose trip count depends on the input but is capped by a constant. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 n = a & 0x3f;		/* 0..63 */
	u64 f = 1, s = 0;
	for (u32 i = 0; i < n && i < 64; i++) {
		f = f * (i + 1) + (b & 0xf);
		s += f >> (i & 7);
	}
	u32 m = (u32)c % 40;
	u64 t = 0;
	for (u32 i = 0; i < 40; i++) {
		if (i >= m)
			break;
		t += i ^ (u32)d;
	}
	return f ^ s << 1 ^ t << 2;
}
