/* 31-bit fields: unsigned ones promote to int, so arithmetic is done as u32. */
struct w31 {
	u32 u : 31;
	u32 top : 1;
	s32 s : 31;
	u32 pad : 1;
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct w31 x;
	x.u = a;
	x.top = a >> 31;
	x.s = b;
	x.pad = 0;
	u32 sum = (u32)x.u + (u32)x.u;	/* x.u + x.u could overflow int */
	s64 ssum = (s64)x.s + x.s;
	int isneg = x.s < 0;
	x.u = (u32)x.u + 1;		/* x.u += 1 could overflow int; wraps modulo 2^31 on store */
	return (u64)sum ^ (u64)ssum << 1 ^ (u64)isneg << 63 ^ (u64)x.u << 32 ^ x.top;
}
