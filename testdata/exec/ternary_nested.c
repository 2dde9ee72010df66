/* Nested ?: as a classifier, right associative. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 x = a & 0xfff;
	u64 cls = x < 10 ? 1 : x < 100 ? 2 : x < 1000 ? 3 : 4;
	u64 y = b & 7;
	u64 name = y == 0 ? 'a' : y == 1 ? 'b' : y == 2 ? 'c' : y < 5 ? 'd' : 'e';
	s64 z = (s64)c;
	s64 sgn = z ? (z > 0 ? 1 : -1) : 0;
	u64 pick = (d & 1) ? ((d & 2) ? a : b) : ((d & 4) ? c : d);
	return cls | name << 8 | (u64)sgn << 16 ^ pick;
}
