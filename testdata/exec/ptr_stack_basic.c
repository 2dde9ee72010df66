/* Pointers to stack variables: read and write through them. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 x = a, y = b;
	u64 *p = &x, *q = &y;
	*p += *q;
	*q ^= *p;
	u32 z = (u32)c;
	u32 *pz = &z;
	*pz = *pz * 3 + 1;
	u8 *pb = (u8 *)&z;	/* char-typed access to any object is allowed */
	pb[0] ^= 0xff;
	return x ^ y << 1 ^ (u64)z << 2;
}
