/* s32 division/remainder with every sign combination: C truncates toward zero
 * and the remainder takes the sign of the dividend. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s32 m = (s32)(a & 0xffff) + 1;	/* 1..65536 */
	s32 n = (s32)(b & 0xff) + 1;	/* 1..256 */
	s32 q1 = m / n, r1 = m % n;
	s32 q2 = -m / n, r2 = -m % n;
	s32 q3 = m / -n, r3 = m % -n;
	s32 q4 = -m / -n, r4 = -m % -n;
	int ok = (q1 * n + r1 == m) && (q2 * n + r2 == -m);
	return (u64)((u32)q1 ^ (u32)q2 << 8 ^ (u32)q3 << 16 ^ (u32)q4 << 24) ^
	       (u64)(u32)(r1 + 3 * r2 + 5 * r3 + 7 * r4) << 32 ^ (u64)ok << 63;
}
