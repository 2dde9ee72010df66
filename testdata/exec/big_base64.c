/* Base64-encode 6 input bytes into 8 characters with a static const alphabet,
 * then decode them back and compare. */
static const char b64[65] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static inline s32 unb64(char ch)
{
	if (ch >= 'A' && ch <= 'Z')
		return ch - 'A';
	if (ch >= 'a' && ch <= 'z')
		return ch - 'a' + 26;
	if (ch >= '0' && ch <= '9')
		return ch - '0' + 52;
	if (ch == '+')
		return 62;
	if (ch == '/')
		return 63;
	return -1;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 in[6];
	for (int i = 0; i < 6; i++)
		in[i] = (u8)(a >> (i * 8));
	char out[8];
	for (int g = 0; g < 2; g++) {
		u32 v = (u32)in[g * 3] << 16 | (u32)in[g * 3 + 1] << 8 | in[g * 3 + 2];
		out[g * 4 + 0] = b64[v >> 18 & 63];
		out[g * 4 + 1] = b64[v >> 12 & 63];
		out[g * 4 + 2] = b64[v >> 6 & 63];
		out[g * 4 + 3] = b64[v & 63];
	}
	u8 back[6];
	int bad = 0;
	for (int g = 0; g < 2; g++) {
		u32 v = 0;
		for (int k = 0; k < 4; k++) {
			s32 x = unb64(out[g * 4 + k]);
			if (x < 0)
				bad = 1;
			v = v << 6 | (u32)(x & 63);
		}
		back[g * 3] = (u8)(v >> 16);
		back[g * 3 + 1] = (u8)(v >> 8);
		back[g * 3 + 2] = (u8)v;
	}
	u64 packed = 0;
	for (int i = 0; i < 8; i++)
		packed = packed << 8 | (u8)out[i];
	int same = __builtin_memcmp(in, back, 6) == 0;
	return packed ^ (u64)same << 63 ^ (u64)bad << 62 ^ (u64)unb64((char)b) << 1;
}
