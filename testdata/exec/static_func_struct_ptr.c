/* A static function updating a struct in the caller's frame through a pointer. */
struct acc { u64 sum; u32 count; u32 max; };

static __attribute__((noinline)) void add(struct acc *a, u32 v)
{
	a->sum += v;
	a->count++;
	if (v > a->max)
		a->max = v;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct acc s = { 0, 0, 0 };
	add(&s, (u32)a);
	add(&s, (u32)b);
	add(&s, (u32)(c >> 32));
	add(&s, (u32)d);
	return s.sum ^ (u64)s.count << 34 ^ (u64)s.max << 30;
}
