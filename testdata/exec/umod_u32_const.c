/* u32 remainder by constants. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 x = a, y = b;
	u64 h = 0;
	h = h * 131 + x % 1;
	h = h * 131 + x % 2;
	h = h * 131 + x % 3;
	h = h * 131 + x % 7;
	h = h * 131 + y % 10;
	h = h * 131 + y % 16;
	h = h * 131 + y % 1000;
	h = h * 131 + x % 0x80000001u;
	h = h * 131 + y % 0xfffffffeu;
	return h;
}
