/* A static inline function with many return statements, called several times. */
static inline s32 parse_hex_digit(u8 ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

static inline u64 parse(u64 word, u32 *bad)
{
	u64 v = 0;
	for (int i = 0; i < 8; i++) {
		s32 dgt = parse_hex_digit((u8)(word >> (i * 8)));
		if (dgt < 0) {
			*bad = i;
			return v;
		}
		v = v << 4 | (u32)dgt;
	}
	*bad = 8;
	return v;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 bad1 = 0, bad2 = 0;
	u64 w = 0x3031626346454139ull;	/* "9AEFcb10" in memory order */
	u64 v1 = parse(w ^ (a & 0x0101010101010101ull), &bad1);
	u64 v2 = parse(b, &bad2);
	return v1 ^ v2 << 32 ^ (u64)bad1 << 56 ^ (u64)bad2 << 60;
}
