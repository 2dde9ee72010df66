/* Truncating u64 to u8 keeps the low byte. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 x = (u8)a;
	u8 y = (u8)(a >> 8);
	u8 z = (u8)(b + c);
	unsigned char w = (unsigned char)(d * 3);
	return (u64)x | (u64)y << 8 | (u64)z << 16 | (u64)w << 24 | (u64)(u8)(a >> 56) << 32;
}
