/* A union is as large as its largest member, rounded to its strictest alignment. */
union u1 { u8 a; u32 b; };
union u2 { u8 a[5]; u32 b; };
union u3 { u16 a[3]; u8 b; };
union u4 { u64 a; u8 b[9]; };
struct withu { u8 x; union u2 u; u8 y; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	return sizeof(union u1) | sizeof(union u2) << 8 | sizeof(union u3) << 16 |
	       sizeof(union u4) << 24 | sizeof(struct withu) << 32 |
	       __builtin_offsetof(struct withu, y) << 40 | _Alignof(union u4) << 48 | (a & 1) << 56;
}
