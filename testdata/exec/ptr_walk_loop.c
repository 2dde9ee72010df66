/* Walking an array with a pointer (the loops are bounded by counters, which
 * is what the verifier can see), and comparing with an end pointer. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 buf[12];
	for (int i = 0; i < 12; i++)
		buf[i] = (u8)(a >> (i * 5)) ^ (u8)(b * i);
	u8 *end = buf + sizeof(buf);
	u64 h = 5381;
	u8 *p = buf;
	for (int i = 0; i < 12; i++, p++)
		h = h * 33 + *p;
	int at_end = p == end;
	u8 *mx = buf;
	for (int i = 1; i < 12; i++) {
		u8 *q = buf + i;
		if (*q > *mx)
			mx = q;
	}
	return h ^ (u64)(mx - buf) << 56 ^ (u64)*mx << 48 ^ (u64)at_end << 47;
}
