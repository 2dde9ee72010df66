/* About 200 bytes of live stack data across several buffers. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 w[8];
	u32 h[12];
	u8 bytes[40];
	u16 s[16];
	for (int i = 0; i < 8; i++)
		w[i] = a * (i + 1) ^ b;
	for (int i = 0; i < 12; i++)
		h[i] = (u32)(w[i & 7] >> (i & 31)) + (u32)c;
	for (int i = 0; i < 40; i++)
		bytes[i] = (u8)(h[(i & 7) + (i >> 5) * 4] >> (i & 7)) ^ (u8)d;
	for (int i = 0; i < 16; i++)
		s[i] = (u16)(bytes[i] | bytes[i + 16] << 8) + (u16)h[(i & 7) + 4];
	u64 r = 0;
	for (int i = 0; i < 8; i++)
		r += w[i];
	for (int i = 0; i < 12; i++)
		r = r * 3 + h[i];
	for (int i = 0; i < 40; i++)
		r = r * 5 + bytes[i];
	for (int i = 0; i < 16; i++)
		r = r * 7 + s[i];
	return r;
}
