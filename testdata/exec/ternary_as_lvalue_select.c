/* ?: selecting between pointers to locals, then writing through the result. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 x = a, y = b;
	*((c & 1) ? &x : &y) += 100;
	*((d & 1) ? &x : &y) ^= 0xff;
	u32 arr[2] = { (u32)c, (u32)d };
	u32 *p = (a & 1) ? &arr[0] : &arr[1];
	*p *= 3;
	return x ^ y << 1 ^ (u64)arr[0] << 32 ^ arr[1];
}
