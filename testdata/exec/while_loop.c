/* while with a constant bound and a data-dependent exit. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 x = a;
	u32 steps = 0;
	while (steps < 64 && x != 0) {
		x &= x - 1;		/* clear the lowest set bit */
		steps++;
	}
	u32 i = 0;
	u64 acc = b;
	while (i < 20) {
		acc = acc * 6364136223846793005ull + 1442695040888963407ull;
		i++;
	}
	return (u64)steps | acc << 8;
}
