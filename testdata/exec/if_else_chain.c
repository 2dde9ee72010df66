/* A long if / else if chain on ranges. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 x = (s64)a;
	u64 r;
	if (x < -1000)
		r = 1;
	else if (x < -10)
		r = 2;
	else if (x < 0)
		r = 3;
	else if (x == 0)
		r = 4;
	else if (x <= 10)
		r = 5;
	else if (x <= 1000)
		r = 6;
	else if (x < 0x100000000ll)
		r = 7;
	else
		r = 8;
	u64 s = 0;
	if (b & 1)
		s += 1;
	if (b & 2)
		s += 2;
	else
		s += 4;
	if ((b & 12) == 12)
		s += 8;
	return r | s << 8;
}
