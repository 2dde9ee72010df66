/* const-qualified locals, pointers to const, and a const pointer to a mutable local. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	const u64 k = a ^ 0x5555;
	const u32 arr[4] = { (u32)b, (u32)c, 3, 4 };
	const u32 *p = &arr[d & 3];
	u64 m = c;
	u64 *const pm = &m;
	*pm += k;
	u64 r = k + *p + arr[(a >> 2) & 3];
	p++;					/* the pointer itself is not const */
	return r ^ m << 1 ^ (u64)*(p - 1) << 32;
}
