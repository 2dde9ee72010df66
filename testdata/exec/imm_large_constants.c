/* 64-bit constants that do not fit a sign-extended 32-bit immediate. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = a;
	r ^= 0x123456789abcdef0ull;
	r += 0x80000000;		/* unsigned int constant: zero-extended */
	r &= 0xffffffff0fffffffull;
	r |= 0x8000000000000000ull;
	r -= 0xffffffff;
	u64 s = b + 0x100000000ull;
	u64 t = c * 0xfffffffffull;
	int lt = a < 0xffffffffull;
	int eq = b == 0x7fffffffffffffffull;
	return r ^ s ^ t ^ (u64)lt << 1 ^ (u64)eq;
}
