/* Copying static const data to the stack, modifying the copy, and comparing. */
static const u32 init[8] = { 1, 1, 2, 3, 5, 8, 13, 21 };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 work[8];
	for (int i = 0; i < 8; i++)
		work[i] = init[i];
	work[a & 7] += (u32)b;
	int diff = 0;
	for (int i = 0; i < 8; i++)
		diff += work[i] != init[i];
	u64 s = 0;
	for (int i = 0; i < 8; i++)
		s = s * 1000 + work[i] % 1000;
	return s ^ (u64)diff << 60 ^ init[c & 7];
}
