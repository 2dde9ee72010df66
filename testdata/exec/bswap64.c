/* __builtin_bswap64, and byte swapping the two halves separately. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 s = __builtin_bswap64(a);
	u64 halves = (u64)__builtin_bswap32((u32)(a >> 32)) | (u64)__builtin_bswap32((u32)a) << 32;
	u64 k = __builtin_bswap64(0x0102030405060708ull);
	u64 twice = __builtin_bswap64(__builtin_bswap64(b));
	return s ^ (u64)(s == halves) << 1 ^ k * 3 ^ (twice == b) ^ __builtin_bswap64(c + d);
}
