/* Functions returning narrow types: the caller sees the truncated,
 * correctly extended value. */
static __attribute__((noinline)) u8 ret_u8(u64 x) { return x + 1; }
static __attribute__((noinline)) s8 ret_s8(u64 x) { return x * 3; }
static __attribute__((noinline)) u16 ret_u16(u64 x) { return x ^ 0xabcd; }
static __attribute__((noinline)) s16 ret_s16(u64 x) { return x >> 4; }
static __attribute__((noinline)) s32 ret_s32(u64 x) { return x - 7; }
static __attribute__((noinline)) bool ret_bool(u64 x) { return x & 0xf0; }

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = 0;
	r = r * 1000003 + ret_u8(a);
	r = r * 1000003 + (u64)(s64)ret_s8(b);
	r = r * 1000003 + ret_u16(c);
	r = r * 1000003 + (u64)(s64)ret_s16(d);
	r = r * 1000003 + (u64)(s64)ret_s32(a);
	r = r * 1000003 + ret_bool(b);
	s64 sum = ret_s8(a) + ret_s16(b) + (s64)ret_s32(c);
	return r ^ (u64)sum;
}
