/* Function-like and object-like macros, with parenthesised arguments. */
#define SQ(x) ((x) * (x))
#define MASK(n) ((1ull << (n)) - 1)
#define FIELD(v, lo, n) (((v) >> (lo)) & MASK(n))
#define NELEM(arr) (sizeof(arr) / sizeof((arr)[0]))
#define CAT(a, b) a##b

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 CAT(var, 1) = FIELD(a, 4, 12);
	u64 var2 = SQ(var1 + 1);		/* expands with parentheses */
	u32 tab[] = { 1, 2, 3, 4, 5 };
	u64 s = 0;
	for (u64 i = 0; i < NELEM(tab); i++)
		s += tab[i] * FIELD(b, i * 8, 8);
	return var1 ^ var2 << 12 ^ s << 40 ^ MASK(c & 63) ^ NELEM(tab);
}
