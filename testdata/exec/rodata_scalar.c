/* static const scalars used as read-only data. */
static const u64 K1 = 0x9e3779b97f4a7c15ull;
static const u32 K2 = 0xdeadbeef;
static const s16 K3 = -1234;
static const u8 K4 = 200;

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	return a * K1 ^ (u64)(b + K2) << 3 ^ (u64)(s64)((s16)c * K3) ^ (u64)(u8)(K4 + (u8)d);
}
