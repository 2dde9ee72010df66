/* u32 division by constants (magic-number and shift lowering). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 x = a, y = b;
	u64 h = 0;
	h = h * 65599 + x / 1;
	h = h * 65599 + x / 2;
	h = h * 65599 + x / 3;
	h = h * 65599 + x / 7;
	h = h * 65599 + y / 10;
	h = h * 65599 + y / 16;
	h = h * 65599 + y / 1000;
	h = h * 65599 + x / 0x80000000u;
	h = h * 65599 + y / 0xffffffffu;
	h = h * 65599 + x / 641;
	return h;
}
