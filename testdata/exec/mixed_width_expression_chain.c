/* One long expression mixing widths, signedness and operators. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 p = a;
	s16 q = b;
	u32 r = c;
	s64 s = (s64)(s32)d;
	u64 x = ((u64)(p * 3 + q) ^ (u64)r << 3) + (u64)(s >> 2) * 5 - (u64)((r & 0xffff) / (u32)(p | 1)) +
		(u64)(q < 0 ? -q : q) * r - (u64)(s16)(p << 7) + (u64)(~r & 0xff) * (u64)(s8)p;
	return x;
}
