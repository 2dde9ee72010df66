/* switch on a (signed) char with character literals. */
static inline int classify(char ch)
{
	switch (ch) {
	case '0': case '1': case '2': case '3': case '4':
	case '5': case '6': case '7': case '8': case '9':
		return 1;
	case ' ': case '\t': case '\n':
		return 2;
	case '+': case '-':
		return 3;
	case '\0':
		return 4;
	case (char)0x80:
		return 5;
	default:
		return 0;
	}
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = 0;
	for (int i = 0; i < 8; i++)
		r = r * 6 + classify((char)(a >> (i * 8)));
	return r ^ (u64)classify((char)b) << 60;
}
