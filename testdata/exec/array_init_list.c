/* A stack array with a full initialiser list, indexed by masked inputs. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 arr[8] = { 3, 1, 4, 1, 5, 9, 2, 6 };
	u64 r = arr[a & 7];
	r = r * 10 + arr[b & 7];
	r = r * 10 + arr[(c >> 3) & 7];
	arr[d & 7] = (u32)a;
	u64 s = 0;
	for (int i = 0; i < 8; i++)
		s += arr[i];
	return r ^ s << 16;
}
