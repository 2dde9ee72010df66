/* GNU case ranges (case lo ... hi). */
static inline u32 kind(u8 ch)
{
	switch (ch) {
	case '0' ... '9':
		return 1;
	case 'a' ... 'z':
	case 'A' ... 'Z':
		return 2;
	case 0x80 ... 0xff:
		return 3;
	case 0 ... 31:
		return 4;
	default:
		return 5;
	}
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = 0;
	for (int i = 0; i < 8; i++)
		r = r * 6 + kind((u8)(a >> (i * 8)));
	s32 x = (s32)b;
	u32 band;
	switch (x) {
	case -100 ... -1: band = 1; break;
	case 0: band = 2; break;
	case 1 ... 1000: band = 3; break;
	default: band = 4;
	}
	return r ^ (u64)band << 60;
}
