/* Plain char is signed (as on x86_64 and BPF): arithmetic, wrap on store. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	char x = a, y = b;
	char s = x + y;		/* int add, wraps when stored back */
	int wide = x + y;	/* no wrap in int */
	char m = x * 3;
	char sh = x >> 2;	/* arithmetic on a promoted negative */
	int neg = x < 0;
	return (u64)(s64)s ^ (u64)(s64)wide << 8 ^ (u64)(s64)m << 20 ^
	       (u64)(s64)sh << 32 ^ (u64)neg << 63;
}
