/* Run-length encoding of 16 bytes into (count, value) pairs in one pass, then
 * checking the encoding against the input and hashing it. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 in[16];
	for (int i = 0; i < 16; i++) {
		/* Few distinct values so that runs appear. */
		in[i] = (u8)((i < 8 ? a >> (i * 8) : b >> ((i - 8) * 8)) & 3);
	}
	u8 enc[32];
	__builtin_memset(enc, 0, sizeof(enc));
	u32 n = 0;
	u8 cur = in[0];
	u32 run = 1;
	for (int i = 1; i < 16; i++) {
		if (in[i] == cur) {
			run++;
			continue;
		}
		enc[n & 31] = (u8)run;
		enc[(n + 1) & 31] = cur;
		n += 2;
		cur = in[i];
		run = 1;
	}
	enc[n & 31] = (u8)run;
	enc[(n + 1) & 31] = cur;
	n += 2;
	/* Decode check: the runs cover exactly 16 bytes with the right values. */
	u32 pos = 0;
	int ok = 1;
	for (u32 p = 0; p < 32; p += 2) {
		if (p >= n)
			break;
		if (in[pos & 15] != enc[p + 1] || in[(pos + enc[p] - 1) & 15] != enc[p + 1])
			ok = 0;
		pos += enc[p];
	}
	ok &= pos == 16;
	u64 h = 0;
	for (u32 k = 0; k < 32; k++)
		h = h * 31 + enc[k];
	return h ^ (u64)n << 48 ^ (u64)pos << 56 ^ (u64)ok << 63;
}
