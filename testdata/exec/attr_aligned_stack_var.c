/* Aligned stack variables and an aligned typedef'd byte buffer. */
typedef u8 buf8 __attribute__((aligned(8)));

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 x __attribute__((aligned(8))) = (u8)a;
	u8 bytes[8] __attribute__((aligned(8)));
	for (int i = 0; i < 8; i++)
		bytes[i] = (u8)(b >> (i * 8)) + x;
	u64 v;
	__builtin_memcpy(&v, bytes, 8);
	buf8 y = (u8)c;
	return v ^ (u64)y << 56 ^ _Alignof(buf8) ^ sizeof(bytes) << 4;
}
