/* Loads from signed narrow arrays sign-extend; unsigned ones zero-extend. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s16 s[4] = { (s16)a, (s16)(a >> 16), (s16)(a >> 32), (s16)(a >> 48) };
	u16 u[4] = { (u16)a, (u16)(a >> 16), (u16)(a >> 32), (u16)(a >> 48) };
	s8 sb[2] = { (s8)b, (s8)(b >> 8) };
	s64 ssum = 0;
	u64 usum = 0;
	for (int i = 0; i < 4; i++) {
		ssum += s[i];
		usum += u[i];
	}
	s64 x = s[b & 3];
	u64 y = u[b & 3];
	s32 z = sb[c & 1];
	return (u64)ssum ^ usum << 20 ^ (u64)x << 3 ^ y << 40 ^ (u64)(s64)z << 7;
}
