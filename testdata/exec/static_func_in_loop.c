/* A static function called from inside a loop. */
static __attribute__((noinline)) u32 step(u32 state, u32 input)
{
	state ^= input;
	state *= 0x01000193;
	return state ^ state >> 13;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 s = 0x811c9dc5;
	for (int i = 0; i < 16; i++)
		s = step(s, (u32)(a >> (i * 4)) & 0xf);
	u32 t = (u32)b;
	for (int i = 0; i < 8; i++)
		t = step(t, i);
	return (u64)s << 32 | t;
}
