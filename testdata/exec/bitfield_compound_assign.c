/* Compound assignment and ++/-- on bitfields wrap modulo 2^width. */
struct cnt {
	u32 small : 3;
	u32 mid : 10;
	s32 sgn : 5;
	u32 big : 14;
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct cnt s = { 0, 0, 0, 0 };
	s.small = a;
	s.mid = b;
	s.sgn = c;
	s.big = d;
	s.small += 5;
	s.small++;
	s.mid *= 3;
	s.mid -= 700;
	s.sgn += 9;
	s.sgn--;
	s.big <<= 3;
	s.big ^= 0x2aaa;
	s.mid |= 1;
	return s.small | (u64)s.mid << 3 | (u64)(u32)(s.sgn & 31) << 13 | (u64)s.big << 18 ^ (u64)(s64)s.sgn << 40;
}
