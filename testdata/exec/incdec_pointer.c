/* ++ and -- on pointers step by the pointee size. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 arr[6] = { (u32)a, (u32)b, (u32)c, (u32)d, 7, 9 };
	u32 *p = arr;
	u64 s = *p++;
	s = s * 3 + *p++;
	s = s * 3 + *++p;
	u32 *q = &arr[5];
	s = s * 3 + *q--;
	s = s * 3 + *--q;
	(*p)++;
	++*q;
	return s ^ (u64)arr[3] << 32 ^ (u64)arr[3] ^ (u64)(p - arr) << 60;
}
