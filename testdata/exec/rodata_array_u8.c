/* A static const u8 table read with masked variable indexes. */
static const u8 sbox[16] = {
	0xc, 0x5, 0x6, 0xb, 0x9, 0x0, 0xa, 0xd,
	0x3, 0xe, 0xf, 0x8, 0x4, 0x7, 0x1, 0x2,
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = 0;
	for (int i = 0; i < 16; i++)
		r |= (u64)sbox[(a >> (i * 4)) & 0xf] << (i * 4);
	return r ^ sbox[b & 15] ^ (u64)sbox[(c ^ d) & 15] << 60;
}
