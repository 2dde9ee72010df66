/* for with continue: sum only selected elements. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 sum = 0, cnt = 0;
	for (u32 i = 0; i < 32; i++) {
		if (!(a >> i & 1))
			continue;
		cnt++;
		if (i % 3 == 0)
			continue;
		sum += (u64)i * (b & 0xff) + c;
	}
	return sum ^ cnt << 56;
}
