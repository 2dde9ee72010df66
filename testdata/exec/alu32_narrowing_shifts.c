/* Truncating the result of a 64-bit shift or division to 32 bits: the low
 * half depends on the high half of the operand, so these must not become
 * 32-bit ALU operations. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 n = (u32)(b & 63);
	u32 r1 = (u32)(a >> n);
	u32 r2 = (u32)(a << n);
	u32 r3 = (u32)(a / ((c & 0xffff) | 1));
	u32 r4 = (u32)(a % ((d & 0xffffff) | 1));
	u32 r5 = (u32)((a >> 40) + b);
	return (u64)r1 ^ (u64)r2 << 7 ^ (u64)r3 << 17 ^ (u64)r4 << 29 ^ (u64)r5 << 33;
}
