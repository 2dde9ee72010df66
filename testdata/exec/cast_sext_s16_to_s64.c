/* Sign extension from s16. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s16 x = (s16)b;
	s32 x32 = x;
	s64 x64 = x;
	u32 ux32 = (u32)x;		/* sign-extended then reinterpreted */
	u64 zx = (u16)x;
	return (u64)x64 ^ (u64)ux32 << 3 ^ zx << 40 ^ (u64)(s64)x32 << 1;
}
