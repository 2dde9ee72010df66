/* default in the middle of the cases, with fallthrough into and out of it. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = 0;
	switch (a & 15) {
	case 1:
		r = 1;
		break;
	default:
		r = 50;
	case 2:
		r += 2;
		break;
	case 3:
		r = 3;
	case 4:
		r += 4;
		break;
	}
	return r * 1000 + (b & 0xff);
}
