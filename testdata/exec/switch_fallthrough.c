/* switch with fallthrough accumulating from the entry case to the end. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = 0;
	switch (a & 7) {
	case 0:
		r += 1;
	case 1:
		r += 10;
	case 2:
		r += 100;
		break;
	case 3:
		r += 1000;
	case 4:
	case 5:
		r += 10000;
	default:
		r += 100000;
	}
	return r + (b & 0xf00);
}
