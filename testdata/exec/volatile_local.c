/* volatile locals: every access happens, in order, with the same results. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	volatile u64 v = a;
	v += b;
	v ^= c;
	u64 x = v;
	volatile u32 w = (u32)d;
	w = w * 3;
	u32 y = w;
	return x ^ (u64)y << 3;
}
