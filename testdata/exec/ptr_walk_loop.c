/* Walking an array with a pointer until an end pointer. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 buf[12];
	for (int i = 0; i < 12; i++)
		buf[i] = (u8)(a >> (i * 5)) ^ (u8)(b * i);
	u8 *end = buf + sizeof(buf);
	u64 h = 5381;
	for (u8 *p = buf; p != end; p++)
		h = h * 33 + *p;
	u8 *mx = buf;
	for (u8 *p = buf + 1; p < end; p++)
		if (*p > *mx)
			mx = p;
	return h ^ (u64)(mx - buf) << 56 ^ (u64)*mx << 48;
}
