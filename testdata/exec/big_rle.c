/* Run-length encoding of 16 bytes into (count, value) pairs, then decoding
 * and comparing with the original. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 in[16];
	for (int i = 0; i < 16; i++) {
		/* Few distinct values so that runs appear. */
		in[i] = (u8)((i < 8 ? a >> (i * 8) : b >> ((i - 8) * 8)) & 3);
	}
	u8 enc[32];
	u32 n = 0;
	u32 i = 0;
	for (int step = 0; step < 16; step++) {
		if (i >= 16)
			break;
		u8 v = in[i];
		u32 run = 1;
		for (int k = 1; k < 16; k++) {
			if (i + run >= 16 || in[(i + run) & 15] != v)
				break;
			run++;
		}
		enc[n & 31] = (u8)run;
		enc[(n + 1) & 31] = v;
		n += 2;
		i += run;
	}
	u8 dec[16];
	__builtin_memset(dec, 0xee, sizeof(dec));
	u32 o = 0;
	for (u32 p = 0; p < 32; p += 2) {
		if (p >= n)
			break;
		for (u32 k = 0; k < 16; k++) {
			if (k >= enc[p] || o >= 16)
				break;
			dec[o++ & 15] = enc[p + 1];
		}
	}
	u64 h = 0;
	for (u32 k = 0; k < 32; k++) {
		if (k >= n)
			break;
		h = h * 31 + enc[k];
	}
	return h ^ (u64)n << 48 ^ (u64)o << 56 ^ (u64)(__builtin_memcmp(in, dec, 16) == 0) << 63;
}
