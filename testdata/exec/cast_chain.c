/* Chains of casts: each step truncates or extends. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r1 = (u64)(s8)(u16)(s32)a;
	u64 r2 = (u64)(u8)(s16)(s8)b;
	u64 r3 = (u64)(s32)(u16)(s8)c;
	u64 r4 = (u64)(s16)(u32)(s64)(s8)d;
	u64 r5 = (u64)(u32)(s16)(u8)(a >> 3);
	return r1 ^ r2 << 8 ^ r3 << 16 ^ r4 << 24 ^ r5 << 32;
}
