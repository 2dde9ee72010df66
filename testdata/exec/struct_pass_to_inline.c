/* Structs passed by value to static inline functions (the callee gets a copy). */
struct vec3 { s32 x, y, z; };

static inline s64 dot(struct vec3 a, struct vec3 b)
{
	return (s64)a.x * b.x + (s64)a.y * b.y + (s64)a.z * b.z;
}

static inline s64 clobber(struct vec3 v)
{
	v.x = 0;		/* modifies the copy only */
	return v.x + v.y;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct vec3 p = { (s16)a, (s16)(a >> 16), (s16)(a >> 32) };
	struct vec3 q = { (s16)b, (s16)c, (s16)d };
	s64 r = dot(p, q);
	s64 k = clobber(p);
	return (u64)r ^ (u64)k << 20 ^ (u64)(s64)p.x << 40;
}
