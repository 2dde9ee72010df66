/* A compound assignment is an expression whose value is the stored (narrowed) value. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 x = a;
	u32 v1 = (x += 250);		/* value after wrap to u8 */
	s8 y = b;
	int v2 = (y -= 100);
	u16 z = c;
	u64 v3 = (z <<= 8);
	u32 p, q;
	p = q = (u32)d;
	p += q += 7;
	return (u64)v1 | (u64)(u32)v2 << 8 | v3 << 32 ^ (u64)p ^ (u64)q << 12;
}
