/* __builtin_offsetof for plain, nested and array members. */
struct in { u16 a; u32 b; };
struct big {
	u8 c0;
	u64 q;
	struct in inner;
	u16 arr[5];
	u8 tail;
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = 0;
	r = r * 64 + __builtin_offsetof(struct big, c0);
	r = r * 64 + __builtin_offsetof(struct big, q);
	r = r * 64 + __builtin_offsetof(struct big, inner);
	r = r * 64 + __builtin_offsetof(struct big, inner.b);
	r = r * 64 + __builtin_offsetof(struct big, arr);
	r = r * 64 + __builtin_offsetof(struct big, arr[3]);
	r = r * 64 + __builtin_offsetof(struct big, tail);
	r = r * 64 + sizeof(struct big);
	struct big s;
	s.arr[3] = (u16)a;
	u8 *base = (u8 *)&s;
	u16 *p = (u16 *)(base + __builtin_offsetof(struct big, arr[3]));
	return r ^ (u64)*p << 48;
}
