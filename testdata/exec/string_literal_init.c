/* A string literal initialising a char array; the rest is zero-filled. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	char s[16] = "hello, bpf";
	u64 h = 0;
	for (int i = 0; i < 16; i++)
		h = h * 33 + (u8)s[i];
	u8 at = s[a & 15];
	s[(b & 7) + ((b >> 3) & 1) * 2] = 'X';	/* index 0..9 */
	u64 h2 = 0;
	for (int i = 0; i < 16; i++)
		h2 = h2 * 131 + (u8)s[i];
	return h ^ (u64)at << 56 ^ h2 << 1;
}
