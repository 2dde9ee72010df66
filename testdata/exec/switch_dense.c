/* switch with dense cases 0..9 (a jump-table candidate). */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r;
	switch (a % 12) {
	case 0: r = 11; break;
	case 1: r = b; break;
	case 2: r = c; break;
	case 3: r = b + c; break;
	case 4: r = b - c; break;
	case 5: r = b * 3; break;
	case 6: r = ~b; break;
	case 7: r = b >> 3; break;
	case 8: r = b << 3; break;
	case 9: r = d; break;
	default: r = 0xdef; break;
	}
	return r;
}
