/* __builtin_memset on stack buffers of several constant sizes. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 buf[24];
	__builtin_memset(buf, (u8)a, sizeof(buf));
	__builtin_memset(buf + 3, 0, 5);
	__builtin_memset(&buf[16], 0xab, 8);
	buf[(b & 15) + ((b >> 4) & 7)] = (u8)c;	/* index 0..22 */
	u64 h = 0;
	for (int i = 0; i < 24; i++)
		h = h * 31 + buf[i];
	u32 words[4];
	__builtin_memset(words, 0xff, sizeof(words));
	words[d & 3] = 0;
	return h ^ (u64)words[0] << 32 ^ words[1] ^ words[2] ^ (u64)words[3] << 1;
}
