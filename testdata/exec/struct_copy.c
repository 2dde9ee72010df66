/* Struct assignment copies every member; the copy is independent. */
struct blob {
	u64 a;
	u32 b[3];
	u16 c;
	u8 d[5];
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct blob x = { a, { (u32)b, (u32)c, (u32)d }, (u16)a, { 1, 2, 3, 4, 5 } };
	struct blob y;
	y = x;
	x.a = 0;
	x.b[1] = 7;
	x.d[4] = 9;
	struct blob z = y;
	z.c ^= 0xffff;
	u64 r = y.a ^ (u64)y.b[0] << 1 ^ (u64)y.b[1] << 2 ^ (u64)y.b[2] << 3 ^ y.c ^ (u64)y.d[4] << 56;
	return r ^ x.a ^ x.b[1] ^ x.d[4] ^ (u64)z.c << 20 ^ (u64)z.d[0] << 60;
}
