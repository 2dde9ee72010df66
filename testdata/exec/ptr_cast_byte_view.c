/* Viewing a u64 and a u32 as bytes through unsigned char pointers (little-endian). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 v = a;
	unsigned char *p = (unsigned char *)&v;
	u64 r = 0;
	for (int i = 0; i < 8; i++)
		r = r << 8 | p[i];		/* byte-reversed */
	u32 w = (u32)b;
	u8 *q = (u8 *)&w;
	q[1] = 0xab;
	q[3] ^= (u8)c;
	char *s = (char *)&v;
	int first = s[0];			/* signed char view */
	return r ^ (u64)w << 3 ^ (u64)(s64)first << 40;
}
