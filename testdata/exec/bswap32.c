/* __builtin_bswap32. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 x = (u32)a;
	u32 s = __builtin_bswap32(x);
	u32 k = __builtin_bswap32(0x11223344);
	u32 y = __builtin_bswap32((u32)b ^ s);
	s32 neg = (s32)__builtin_bswap32((u32)c);
	return (u64)s << 32 ^ (u64)k ^ (u64)y << 7 ^ (u64)(s64)neg;
}
