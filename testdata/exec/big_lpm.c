/* Longest-prefix match of an IPv4 address against a static const route table. */
struct route { u32 prefix; u8 len; u8 nexthop; };
static const struct route routes[8] = {
	{ 0x00000000, 0, 1 },		/* default */
	{ 0x0a000000, 8, 2 },		/* 10.0.0.0/8 */
	{ 0x0a010000, 16, 3 },		/* 10.1.0.0/16 */
	{ 0x0a010200, 24, 4 },		/* 10.1.2.0/24 */
	{ 0xc0a80000, 16, 5 },		/* 192.168.0.0/16 */
	{ 0xc0a80100, 24, 6 },		/* 192.168.1.0/24 */
	{ 0xc0a80101, 32, 7 },		/* 192.168.1.1/32 */
	{ 0x80000000, 1, 8 },		/* 128.0.0.0/1 */
};

static inline u32 mask_of(u8 len)
{
	if (len == 0)
		return 0;
	if (len >= 32)
		return ~0u;
	return ~0u << (32 - len);
}

static inline u8 lookup(u32 addr)
{
	int best = -1;
	u8 nh = 0;
	for (int i = 0; i < 8; i++) {
		u32 m = mask_of(routes[i].len);
		if ((addr & m) == routes[i].prefix && routes[i].len > best) {
			best = routes[i].len;
			nh = routes[i].nexthop;
		}
	}
	return nh;
}

/* Bases that steer some inputs into the interesting prefixes. */
static const u32 bases[4] = { 0x0a010200, 0xc0a80100, 0x0a000000, 0xc0a80000 };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 x = (u32)a;
	u32 y = bases[b & 3] | ((u32)c & 0xff);
	u32 z = bases[d & 3] | ((u32)d & 0x3ff00);
	return (u64)lookup(x) | (u64)lookup(y) << 8 | (u64)lookup(z) << 16 |
	       (u64)lookup(0xc0a80101) << 24 | (u64)mask_of(20) << 32;
}
