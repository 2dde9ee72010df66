/* GNU statement expressions and __typeof__, as used in BPF helper macros. */
#define MAX_T(x, y) ({ __typeof__(x) _x = (x); __typeof__(y) _y = (y); _x > _y ? _x : _y; })
#define SWAP(x, y) do { __typeof__(x) _t = (x); (x) = (y); (y) = _t; } while (0)

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 n = 0;
	u64 m = MAX_T(a, (n++, b));		/* each argument evaluated once */
	s32 sm = MAX_T((s32)c, (s32)d);
	u64 p = c, q = d;
	SWAP(p, q);
	u64 blk = ({
		u64 t = a ^ b;
		t * 3;
	});
	__typeof__(sm) copy = sm;
	return m ^ (u64)(s64)sm << 1 ^ n << 60 ^ p * 5 ^ q * 7 ^ blk ^ sizeof(copy) << 56;
}
