/* Writing one byte of a fully written union, then reading the whole word. */
union reg {
	u64 all;
	u8 b[8];
	u16 w[4];
	u32 d[2];
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	union reg r;
	r.all = a;
	r.b[b & 7] = (u8)c;
	u64 v1 = r.all;
	r.w[c & 3] = (u16)d;
	u64 v2 = r.all;
	r.d[d & 1] = (u32)b;
	return v1 ^ v2 << 1 ^ r.all << 2;
}
