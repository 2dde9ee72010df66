/* Usual arithmetic conversions between ranks and signedness. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s16 s = a;
	u16 us = b;
	s32 i = c;
	u32 u = d;
	s64 l = (s32)a;
	u64 ul = b;
	u64 h = 0;
	h = h * 1000003 + (u64)(s64)(s + us);	/* int */
	h = h * 1000003 + (u64)(i + u);		/* unsigned int */
	h = h * 1000003 + (u64)(l + u);		/* long */
	h = h * 1000003 + (ul + i);		/* unsigned long */
	h = h * 1000003 + (u64)(s * 2 > us);	/* int compare */
	h = h * 1000003 + (u64)(i > u);		/* unsigned compare */
	h = h * 1000003 + (u64)(l > u);		/* long compare */
	h = h * 1000003 + (u64)(ul > l);	/* unsigned long compare */
	return h;
}
