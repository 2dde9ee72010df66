/* Insertion sort of 8 signed values, with a sortedness check and the median. */
static inline void isort(s32 *v)
{
	for (int i = 1; i < 8; i++) {
		s32 key = v[i];
		int j = i - 1;
		while (j >= 0 && v[j] > key) {
			v[j + 1] = v[j];
			j--;
		}
		v[j + 1] = key;
	}
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s32 v[8] = { (s32)a, (s32)(a >> 32), (s32)b, (s32)(b >> 32),
		     (s16)c, (s16)(c >> 16), (s8)d, (s32)(d >> 8) };
	s64 sum_before = 0;
	for (int i = 0; i < 8; i++)
		sum_before += v[i];
	isort(v);
	int sorted = 1;
	s64 sum_after = 0;
	for (int i = 0; i < 8; i++) {
		sum_after += v[i];
		if (i > 0 && v[i - 1] > v[i])
			sorted = 0;
	}
	u64 h = 0;
	for (int i = 0; i < 8; i++)
		h = h * 0x100000001b3ull ^ (u32)v[i];
	s64 median2 = (s64)v[3] + v[4];
	return h ^ (u64)sorted << 63 ^ (u64)(sum_before == sum_after) << 62 ^ (u64)median2;
}
