/* u64 remainder by constants. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 h = 0;
	h = h * 131 + a % 1;
	h = h * 131 + a % 2;
	h = h * 131 + a % 3;
	h = h * 131 + a % 7;
	h = h * 131 + b % 10;
	h = h * 131 + b % 16;
	h = h * 131 + b % 1000;
	h = h * 131 + c % 0x100000001ull;
	h = h * 131 + d % 0x8000000000000000ull;
	return h;
}
