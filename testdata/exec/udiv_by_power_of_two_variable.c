/* Unsigned division by a variable power of two equals a right shift. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 p = 1ull << (b & 63);
	u64 q = a / p;
	u64 r = a % p;
	int ok = q == a >> (b & 63) && r == (a & (p - 1));
	u32 p32 = 1u << (c & 31);
	u32 q32 = (u32)a / p32;
	return q ^ r << 1 ^ (u64)ok << 63 ^ (u64)q32 << 7;
}
