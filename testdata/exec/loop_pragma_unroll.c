/* Loops marked #pragma unroll with constant trip counts. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 acc = 0;
#pragma unroll
	for (int i = 0; i < 8; i++)
		acc += ((a >> (i * 8)) & 0xff) * (u64)(i + 1);
	u32 x = b;
#pragma unroll
	for (int i = 0; i < 4; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
	}
	return acc ^ (u64)x << 20;
}
