/* Block scopes: inner declarations shadow outer ones and end with the block. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 x = a;
	u64 r = 0;
	{
		u32 x = (u32)b;		/* shadows */
		r += x;
		{
			u8 x = (u8)c;
			r = r * 3 + x;
		}
		r = r * 5 + x;
	}
	r = r * 7 + x;
	for (int i = 0; i < 3; i++) {
		u64 x = d + i;
		r ^= x << i;
	}
	if (a & 1) {
		s8 x = -1;
		r += (u64)(s64)x;
	}
	return r ^ x;
}
