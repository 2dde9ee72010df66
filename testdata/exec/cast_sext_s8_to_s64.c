/* Sign extension from s8 to wider types, and zero extension via u8. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s8 x = (s8)a;
	s16 x16 = x;
	s32 x32 = x;
	s64 x64 = x;
	u64 viau8 = (u8)x;
	u64 viaint = (u64)(int)x;
	return (u64)(u16)x16 ^ (u64)(u32)x32 << 16 ^ (u64)x64 ^ viau8 << 48 ^ viaint << 1;
}
