/* Compound literals for structs and arrays. */
struct pt { s32 x, y; };

static inline s64 cross(struct pt a, struct pt b)
{
	return (s64)a.x * b.y - (s64)a.y * b.x;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	s64 r = cross((struct pt){ (s16)a, (s16)b }, (struct pt){ .y = (s16)c, .x = (s16)d });
	struct pt p;
	p = (struct pt){ 1, 2 };
	u32 *arr = (u32[4]){ (u32)a, 2, 3 };
	u64 s = arr[0] + arr[1] + arr[2] + arr[3] + arr[b & 3];
	return (u64)r ^ s << 32 ^ (u64)(p.x + p.y) << 60;
}
