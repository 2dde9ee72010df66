/* The __u8..__s64 names are the same types as u8..s64. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	__u8 a8 = a;
	__s8 s8v = a;
	__u16 a16 = b;
	__s16 s16v = b;
	__u32 a32 = c;
	__s32 s32v = c;
	__u64 a64 = d;
	__s64 s64v = d;
	u8 same8 = a8;
	s32 same32 = s32v;
	__u64 h = (__u64)a8 + (__u64)(__s64)s8v + a16 + (__u64)(__s64)s16v;
	h = h * 31 + a32 + (__u64)(__s64)s32v + (u64)same8 + (u64)(s64)same32;
	h = h * 31 + a64 + (__u64)(s64v >> 7);
	return h + sizeof(__u8) + sizeof(__s16) * 10 + sizeof(__u32) * 100 + sizeof(__s64) * 1000;
}
