/* ?: between structs and between struct pointers. */
struct pair { u32 x; u32 y; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct pair p = { (u32)a, (u32)b }, q = { (u32)c, (u32)d };
	struct pair s = (a & 1) ? p : q;
	struct pair *ps = (b & 1) ? &p : &q;
	ps->x += 10;
	struct pair t = ((c & 1) ? p : q);
	return (u64)s.x << 32 ^ s.y ^ (u64)t.x << 16 ^ (u64)t.y << 1 ^ (u64)p.x * 3 ^ (u64)q.x * 5;
}
