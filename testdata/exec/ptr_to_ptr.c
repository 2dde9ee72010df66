/* A pointer to a pointer to stack data. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 x = a, y = b;
	u64 *p = &x;
	u64 **pp = &p;
	**pp += 1;
	*pp = &y;
	**pp *= 3;
	u64 *arr[2] = { &x, &y };
	u64 *sel = (c & 1) ? arr[1] : arr[0];
	*sel ^= d;
	return x ^ y << 1 ^ *p;
}
