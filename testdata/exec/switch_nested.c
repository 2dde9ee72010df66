/* A switch inside a switch: break leaves only the inner one. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = 0;
	switch (a & 3) {
	case 0:
		switch (b & 3) {
		case 0: r = 1; break;
		case 1: r = 2; break;
		default: r = 3; break;
		}
		r += 10;
		break;
	case 1:
		switch (b & 1) {
		case 0: r = 4;
		case 1: r += 5;
		}
		r += 20;
	case 2:
		r += 100;
		break;
	default:
		r = 7;
	}
	return r;
}
