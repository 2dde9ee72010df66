/* __attribute__((aligned(N))) on a struct type and on members. */
struct __attribute__((aligned(16))) a16 { u32 x; };
struct am {
	u8 c;
	u32 v __attribute__((aligned(8)));
	u8 d;
	u16 w __attribute__((aligned(4)));
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct am m;
	m.c = (u8)a;
	m.v = (u32)b;
	m.d = (u8)c;
	m.w = (u16)d;
	struct a16 arr[2];
	arr[0].x = (u32)a;
	arr[1].x = (u32)b;
	u64 layout = sizeof(struct a16) | _Alignof(struct a16) << 8 | sizeof(arr) << 16 |
		     sizeof(struct am) << 24 | __builtin_offsetof(struct am, v) << 32 |
		     __builtin_offsetof(struct am, d) << 40 | __builtin_offsetof(struct am, w) << 48 |
		     _Alignof(struct am) << 56;
	return layout ^ m.c ^ (u64)m.v << 3 ^ (u64)m.d << 7 ^ (u64)m.w << 11 ^ arr[0].x ^ (u64)arr[1].x << 1;
}
