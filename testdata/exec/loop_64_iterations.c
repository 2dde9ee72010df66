/* A full 64-iteration loop walking every bit of a 64-bit value. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 rev = 0;
	u32 ones = 0;
	for (u32 i = 0; i < 64; i++) {
		u64 bit = a >> i & 1;
		rev |= bit << (63 - i);
		ones += bit;
	}
	return rev ^ ones;
}
