/* Comparing an input-built string with literals, strcmp-style. */
static inline int streq8(const char *x, const char *y)
{
	for (int i = 0; i < 8; i++) {
		if (x[i] != y[i])
			return 0;
		if (x[i] == 0)
			return 1;
	}
	return 1;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	char in[8];
	for (int i = 0; i < 8; i++)
		in[i] = (char)(a >> (i * 8));
	char get[8] = "GET";
	char post[8] = "POST";
	char mine[8] = "\x01\x01\x01\x01\x01\x01\x01\x01";
	/* Steer the input towards the literals, sometimes with one byte changed. */
	if ((b & 3) == 0)
		__builtin_memcpy(in, get, 8);
	else if ((b & 3) == 1)
		__builtin_memcpy(in, post, 8);
	if (c & 1)
		in[(c >> 1) & 7] ^= 1;
	u64 r = 0;
	r |= (u64)streq8(in, get) << 0;
	r |= (u64)streq8(in, post) << 1;
	r |= (u64)streq8(in, mine) << 2;
	r |= (u64)streq8(get, get) << 3;
	in[b & 7] = 0;
	r |= (u64)streq8(in, in) << 4;
	return r;
}
