/* sizeof a char array initialised from a literal counts the terminating NUL. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	char s1[] = "abc";
	char s2[] = "";
	unsigned char s3[] = "\x01\x02\xff";
	char s4[4] = "abcd";		/* exactly full: no terminator */
	u64 n = 0;
	for (int i = 0; i < 4; i++)
		n = n * 256 + (u8)s4[i];
	return sizeof(s1) | sizeof(s2) << 4 | sizeof(s3) << 8 | sizeof(s4) << 12 |
	       (u64)s3[a & 3] << 16 | (u64)(u8)s1[b & 3] << 24 | n << 32;
}
