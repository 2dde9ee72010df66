/* A static function writing results through pointers to the caller's stack. */
static __attribute__((noinline)) int divmod(u64 x, u64 y, u64 *q, u64 *r)
{
	if (y == 0)
		return -1;
	*q = x / y;
	*r = x % y;
	return 0;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 q = 7, r = 9;
	int rc = divmod(a, b & 0xffff, &q, &r);
	u64 arr[2] = { 0, 0 };
	int rc2 = divmod(c, d, &arr[0], &arr[1]);
	return q ^ r << 16 ^ (u64)(s64)rc << 40 ^ arr[0] * 3 ^ arr[1] ^ (u64)(s64)rc2 << 50;
}
