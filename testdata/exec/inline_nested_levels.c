/* static inline helpers calling each other four levels deep. */
static inline u64 l4(u64 x) { return x * 0x9e3779b97f4a7c15ull; }
static inline u64 l3(u64 x, u64 y) { return l4(x ^ y) + (x >> 3); }
static inline u64 l2(u64 x, u64 y) { return l3(x, y) ^ l3(y, x); }
static inline u64 l1(u64 x, u64 y, u64 z) { return l2(x, z) - l2(y, z) + l4(z); }

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	return l1(a, b, c) ^ l1(d, c, b) << 1;
}
