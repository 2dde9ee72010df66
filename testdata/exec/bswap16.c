/* __builtin_bswap16 and its use for network byte order. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u16 x = (u16)a;
	u16 s = __builtin_bswap16(x);
	u16 back = __builtin_bswap16(s);
	u16 port = __builtin_bswap16((u16)(b + 1));
	u32 sum = (u32)__builtin_bswap16((u16)c) + __builtin_bswap16(0x1234);
	return (u64)s | (u64)back << 16 | (u64)port << 32 | (u64)sum << 48 ^ (u64)(back == x) << 63;
}
