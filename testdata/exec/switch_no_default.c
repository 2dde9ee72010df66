/* switch without default leaves the value untouched on no match. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = c;
	switch ((u8)a) {
	case 'a': r = 1; break;
	case 'z': r = 2; break;
	case 0: r = 3; break;
	case 0xff: r = 4; break;
	}
	switch ((s8)b) {
	case -1: r ^= 0x100; break;
	case -128: r ^= 0x200; break;
	case 127: r ^= 0x400; break;
	}
	return r;
}
