/* Nested ifs with early returns. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	if (a > b) {
		if (c > d) {
			if (a > c)
				return 1;
			return 2;
		} else if (c == d) {
			return 3;
		}
		if ((a ^ b) & 1)
			return 4 + (d & 3);
	} else {
		if (b - a < 10)
			return 10 + (b - a);
		if (!(c & 0xf0))
			return 30;
	}
	return 100 + (a & 7) + (c & 0x70);
}
