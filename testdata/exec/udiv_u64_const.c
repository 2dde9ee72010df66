/* u64 division by constants, including ones above 2^31 and 2^63. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 h = 0;
	h = h * 65599 + a / 1;
	h = h * 65599 + a / 2;
	h = h * 65599 + a / 3;
	h = h * 65599 + a / 7;
	h = h * 65599 + b / 10;
	h = h * 65599 + b / 16;
	h = h * 65599 + b / 1000;
	h = h * 65599 + c / 0x100000000ull;
	h = h * 65599 + c / 0x8000000000000000ull;
	h = h * 65599 + d / 0xfffffffffffffffull;
	h = h * 65599 + d / 1000000007;
	return h;
}
