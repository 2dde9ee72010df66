/* _Alignof of scalar, array, struct and union types. */
struct sa { u8 a; u16 b; };
struct sb { u8 a; u64 b; };
union ua { u8 a; u32 b; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = 0;
	r = r * 16 + _Alignof(u8);
	r = r * 16 + _Alignof(u16);
	r = r * 16 + _Alignof(u32);
	r = r * 16 + _Alignof(u64);
	r = r * 16 + _Alignof(s64);
	r = r * 16 + _Alignof(long);
	r = r * 16 + _Alignof(void *);
	r = r * 16 + _Alignof(u32[3]);
	r = r * 16 + _Alignof(struct sa);
	r = r * 16 + _Alignof(struct sb);
	r = r * 16 + _Alignof(union ua);
	r = r * 16 + _Alignof(bool);
	r = r * 16 + __alignof__(u64);
	return r ^ (b & 0xf);
}
