/* ++ and -- on u8 wrap at 0 and 255. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 x = a, y = a, z = 255, w = 0;
	u8 pre = ++x;
	u8 post = y++;
	z++;
	w--;
	u8 m = b;
	--m;
	--m;
	return (u64)pre | (u64)post << 8 | (u64)x << 16 | (u64)y << 24 | (u64)z << 32 |
	       (u64)w << 40 | (u64)m << 48;
}
