/* Comparing pointers into the same array. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 arr[8] = { 0 };
	u64 *p = &arr[a & 7], *q = &arr[b & 7];
	u64 r = 0;
	r |= (u64)(p < q) << 0;
	r |= (u64)(p <= q) << 1;
	r |= (u64)(p > q) << 2;
	r |= (u64)(p >= q) << 3;
	r |= (u64)(p == q) << 4;
	r |= (u64)(p != q) << 5;
	r |= (u64)(p + 1 > p) << 6;
	r |= (u64)(&arr[8] > p) << 7;
	u64 *lo = p < q ? p : q;
	*lo = 5;
	u64 s = 0;
	for (int i = 0; i < 8; i++) {
		u64 *it = arr + i;
		s = s * 7 + *it;
	}
	return r | s << 8;
}
