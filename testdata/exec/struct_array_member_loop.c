/* A struct holding an array, updated in a loop through a pointer. */
struct hist { u32 bins[8]; u32 total; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct hist h = { { 0 }, 0 };
	struct hist *ph = &h;
	for (int i = 0; i < 16; i++) {
		u32 v = (u32)(a >> (i * 4)) & 7;
		ph->bins[v]++;
		ph->total += v;
	}
	ph->bins[b & 7] += (u32)c;
	u64 r = h.total;
	for (int i = 0; i < 8; i++)
		r = r * 17 + h.bins[i];
	return r;
}
