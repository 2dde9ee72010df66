/* Conversion to bool: any non-zero value, including high bits only, is 1. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	bool b1 = (bool)a;
	bool b2 = (bool)(a & 0xffffffff00000000ull);
	bool b3 = (bool)(u8)b;
	bool b4 = (bool)(s32)c;
	bool b5 = (bool)(d >> 63);
	bool b6 = (bool)(a & b);
	u64 sum = (u64)b1 + b2 + b3 + b4 + b5 + b6;
	return (u64)b1 | (u64)b2 << 1 | (u64)b3 << 2 | (u64)b4 << 3 | (u64)b5 << 4 |
	       (u64)b6 << 5 | sum << 8;
}
