/* Multiplication at u16. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u16 x = (u16)a, y = (u16)b, z = (u16)c, w = (u16)d;
	u16 r1 = (u32)x * y;	/* int would overflow: multiply as u32 */
	int p = (x & 0xff) * y;	/* fits in int */
	u16 r2 = x * 3u;
	u32 q = (u32)z * w;
	u64 h = 0;
	h = h * 0x100000001b3ull ^ (u64)r1;
	h = h * 0x100000001b3ull ^ (u64)p;
	h = h * 0x100000001b3ull ^ (u64)r2;
	h = h * 0x100000001b3ull ^ (u64)q;
	return h;
}
