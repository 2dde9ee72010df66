/* goto forward to skip code and to leave nested loops. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = 0;
	if (a & 1)
		goto skip;
	r += 100;
skip:
	r += 1;
	for (u32 i = 0; i < 8; i++) {
		for (u32 j = 0; j < 8; j++) {
			if (i * 8 + j == (b & 63))
				goto found;
			r += 2;
		}
	}
	r += 1000;
found:
	return r;
}
