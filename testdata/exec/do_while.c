/* do-while runs its body at least once. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 n = 0;
	u64 x = a;
	do {
		x = x >> 4 | x << 60;
		n++;
	} while (n < 16 && (x & 0xf) != (b & 0xf));
	u32 once = 0;
	do {
		once++;
	} while (0);
	u64 digits = 0;
	u64 v = c & 0xffffffff;
	u32 k = 0;
	do {
		digits = digits * 16 + v % 10;
		v /= 10;
		k++;
	} while (v != 0 && k < 10);
	return (u64)n | (u64)once << 8 | digits << 12 ^ x;
}
