/* sizeof an expression does not evaluate it; the type follows the promotions. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 n = a;
	u64 s1 = sizeof(n++);		/* n is unchanged */
	u8 x = (u8)b;
	u64 s2 = sizeof(x + x);		/* int */
	u64 s3 = sizeof(x);
	u64 s4 = sizeof(+x);		/* int */
	u64 s5 = sizeof((u32)x + 1ll);
	u64 s6 = sizeof(c ? 1 : 2);
	u64 s7 = sizeof((char)0);
	u64 s8 = sizeof(x == x);
	u64 s9 = sizeof 'a';		/* int in C */
	return n ^ (s1 | s2 << 4 | s3 << 8 | s4 << 12 | s5 << 16 | s6 << 20 | s7 << 24 | s8 << 28 | s9 << 32) << 8;
}
