/* Rotate left/right at 32 and 64 bits with variable and constant counts,
 * written the usual UB-free way. */
static inline u32 rotl32(u32 x, u32 n) { return x << (n & 31) | x >> (-n & 31); }
static inline u32 rotr32(u32 x, u32 n) { return x >> (n & 31) | x << (-n & 31); }
static inline u64 rotl64(u64 x, u32 n) { return x << (n & 63) | x >> (-n & 63); }
static inline u64 rotr64(u64 x, u32 n) { return x >> (n & 63) | x << (-n & 63); }

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 n = (u32)b;
	u64 r = rotl64(a, n) ^ rotr64(c, n + 3);
	r ^= (u64)rotl32((u32)a, n) << 32 ^ rotr32((u32)c, 7);
	r ^= rotl64(d, 0) ^ rotr64(d, 64) << 1;		/* counts 0 and 64 are identities */
	int inverse = rotr64(rotl64(a, n), n) == a;
	return r ^ (u64)inverse << 63;
}
