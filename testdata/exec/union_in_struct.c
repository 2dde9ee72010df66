/* A tagged union inside a struct. */
struct value {
	u8 kind;
	union {
		u64 i;
		u32 pair[2];
		u8 bytes[8];
	} as;
};

static inline u64 eval(struct value v)
{
	switch (v.kind) {
	case 0:
		return v.as.i;
	case 1:
		return (u64)v.as.pair[0] + v.as.pair[1];
	default: {
		u64 s = 0;
		for (int i = 0; i < 8; i++)
			s += v.as.bytes[i];
		return s;
	}
	}
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct value v;
	v.kind = a % 3;
	v.as.i = b;
	return eval(v) ^ sizeof(struct value) << 56;
}
