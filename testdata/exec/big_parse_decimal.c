/* Formatting a value as decimal into a stack buffer, then parsing it back with
 * overflow detection; also parsing a signed string with a leading '-'. */
static inline u32 fmt_u64(u64 v, char *out)
{
	char tmp[20];
	u32 n = 0;
	for (int i = 0; i < 20; i++) {
		tmp[i] = '0' + v % 10;
		v /= 10;
		n++;
		if (v == 0)
			break;
	}
	for (u32 i = 0; i < 20; i++) {
		if (i >= n)
			break;
		out[i] = tmp[n - 1 - i];
	}
	return n;
}

static inline int parse_u64(const char *s, u32 n, u64 *out)
{
	u64 v = 0;
	for (u32 i = 0; i < 21; i++) {
		if (i >= n)
			break;
		u32 dg = (u32)(s[i] - '0');
		if (dg > 9)
			return -1;
		if (v > (0xffffffffffffffffull - dg) / 10)
			return -2;		/* would overflow */
		v = v * 10 + dg;
	}
	*out = v;
	return 0;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	char buf[21];
	__builtin_memset(buf, 0, sizeof(buf));
	u32 n = fmt_u64(a, buf);
	u64 back = 0;
	int rc = parse_u64(buf, n, &back);
	char big[21] = "18446744073709551616";	/* 2^64: overflows */
	u64 junk = 0;
	int rc2 = parse_u64(big, 20, &junk);
	big[19] = '5';				/* 2^64 - 1: fits */
	int rc3 = parse_u64(big, 20, &junk);
	char neg[8] = "-12345";
	s64 sv = 0;
	u64 mag = 0;
	if (neg[0] == '-' && parse_u64(neg + 1, 5, &mag) == 0)
		sv = -(s64)mag;
	buf[(b & 15) < n ? (b & 15) : 0] = 'x';
	int rc4 = parse_u64(buf, n, &junk);
	return back ^ (u64)n << 56 ^ (u64)(s64)rc << 8 ^ (u64)(s64)rc2 << 16 ^ (u64)(s64)rc3 << 24 ^
	       junk ^ (u64)sv << 1 ^ (u64)(s64)rc4 << 32;
}
