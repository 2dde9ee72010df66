/* Bitfields narrower than int promote to int (even unsigned ones, and even
 * on a u8 or u64 base), a full-width u32 field stays unsigned. */
struct pr {
	u32 n4 : 4;
	u8 n3 : 3;
	u64 n5 : 5;
	u32 full : 32;
	u64 w32 : 32;	/* width 32, unsigned: promotes to unsigned int */
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct pr s;
	s.n4 = a;
	s.n3 = b;
	s.n5 = c;
	s.full = d;
	s.w32 = d;
	u64 r = 0;
	r |= (u64)(s.n4 - 5 < 0) << 0;		/* int arithmetic */
	r |= (u64)(s.n3 - 4 < 0) << 1;
	r |= (u64)(s.n5 - 16 < 0) << 2;
	r |= (u64)(s.full - 5 < 0) << 3;	/* unsigned: never */
	r |= (u64)(s.w32 + 1 == 0) << 4;	/* unsigned int: wraps at 32 bits */
	r |= (u64)(u32)(s.n4 - 10) << 8;
	r |= (u64)(s.w32 + 1u) << 32;
	return r;
}
