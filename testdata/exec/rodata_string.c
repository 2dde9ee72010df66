/* A static const char string read byte by byte. */
static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	/* Render a in base 32 (low 8 digits) into a buffer, then hash it. */
	char out[8];
	u64 v = a;
	for (int i = 7; i >= 0; i--) {
		out[i] = alphabet[v & 31];
		v >>= 5;
	}
	u64 h = 0;
	for (int i = 0; i < 8; i++)
		h = h * 37 + (u8)out[i];
	return h ^ (u64)(u8)alphabet[(b & 31) + ((b >> 5) & 3)] << 56 ^ sizeof(alphabet) << 48;
}
