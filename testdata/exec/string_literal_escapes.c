/* Escape sequences and signed char values read from a string literal array. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	char s[] = "\t\n\\\"\x7f\x80\377\0z";
	s64 sum = 0;
	for (unsigned i = 0; i < sizeof(s); i++)
		sum = sum * 7 + s[i];		/* char is signed: \x80 and \377 are negative */
	char ch = s[(a & 7) + ((a >> 3) & 1) * 2];	/* index 0..9 */
	return (u64)sum ^ (u64)(s64)ch << 40 ^ sizeof(s) << 56;
}
