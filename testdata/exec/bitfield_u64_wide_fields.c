/* A 64-bit-wide field and a 63-bit signed field. */
struct wide {
	u64 all : 64;
	s64 s63 : 63;
	u64 one : 1;
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct wide w;
	w.all = a;
	w.s63 = (s64)b;			/* keeps the low 63 bits, sign from bit 62 */
	w.one = c;
	u64 x = w.all;
	s64 y = w.s63;
	w.all = (u64)w.all * 5 + d;
	return x ^ (u64)y << 1 ^ (u64)w.one << 63 ^ w.all;
}
