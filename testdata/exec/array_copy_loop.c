/* Copying, reversing and rotating arrays with loops. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 src[8], dst[8];
	for (int i = 0; i < 8; i++)
		src[i] = (u32)(a >> (i * 4)) ^ (u32)b * i;
	for (int i = 0; i < 8; i++)
		dst[i] = src[7 - i];
	u32 rot = c & 7;
	u32 tmp[8];
	for (u32 i = 0; i < 8; i++)
		tmp[i] = dst[(i + rot) & 7];
	u64 h = 0;
	for (int i = 0; i < 8; i++)
		h = h * 1000003 ^ tmp[i];
	return h;
}
