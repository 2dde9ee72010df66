/* __builtin_memcpy between stack buffers and scalars, constant sizes. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 src[3] = { a, b, c };
	u8 bytes[24];
	__builtin_memcpy(bytes, src, sizeof(bytes));
	u32 w;
	__builtin_memcpy(&w, bytes + 5, 4);	/* unaligned source */
	u16 h;
	__builtin_memcpy(&h, &bytes[11], 2);
	u64 dst[3];
	__builtin_memcpy(dst, bytes, 24);
	dst[1] ^= d;
	u8 small[3];
	__builtin_memcpy(small, &d, 3);
	return (u64)w ^ (u64)h << 32 ^ dst[0] ^ dst[1] << 1 ^ dst[2] << 2 ^ (u64)small[2] << 56;
}
