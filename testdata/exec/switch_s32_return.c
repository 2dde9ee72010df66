/* switch cases that return directly, on a signed 32-bit value. */
static inline u64 lookup(s32 k)
{
	switch (k) {
	case -3: return 0x33;
	case -2: return 0x22;
	case -1: return 0x11;
	case 0: return 0;
	case 1: return 0x1111;
	case 2: return 0x2222;
	case 100: return 0x100100;
	}
	return 0xffff;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	return lookup((s32)a) ^ lookup((s32)b) << 20 ^ lookup((s32)(c % 7) - 3) << 40;
}
