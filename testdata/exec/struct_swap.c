/* Swapping structs through a temporary and through pointers. */
struct kv { u32 k; u64 v; };

static inline void swap_kv(struct kv *x, struct kv *y)
{
	struct kv t = *x;
	*x = *y;
	*y = t;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct kv arr[3] = { { 1, a }, { 2, b }, { 3, c } };
	swap_kv(&arr[0], &arr[2]);
	if (d & 1)
		swap_kv(&arr[0], &arr[1]);
	struct kv t = arr[1];
	arr[1] = arr[2];
	arr[2] = t;
	return (u64)arr[0].k | (u64)arr[1].k << 4 | (u64)arr[2].k << 8 ^ arr[0].v ^ arr[1].v << 1 ^ arr[2].v << 2;
}
