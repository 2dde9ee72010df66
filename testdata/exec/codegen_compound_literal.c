/* Compound literals are stack objects: &(T){...} is a real pointer, and
 * writes through it change the literal (the address of a scalar one used to
 * fold to NULL). */
struct pair { u64 x, y; };

static u64 sum2(const u64 *p)
{
	return p[0] + p[1];
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 *p = &(u32){(u32)a};
	*p += (u32)b;
	struct pair *q = &(struct pair){c, d};
	q->y ^= a;
	u64 s = sum2((u64[]){a, c});
	const u8 *bytes = (const u8 *)&(u32){0x01020304};
	u64 *z = &(u64){0};
	*z += d >> 3;
	return (u64)*p ^ q->x << 1 ^ q->y ^ s << 3 ^ bytes[0] ^ *z << 5;
}
