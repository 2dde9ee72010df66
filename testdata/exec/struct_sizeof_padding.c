/* sizeof and member offsets of structs with natural alignment padding. */
struct s1 { u8 a; u32 b; };
struct s2 { u8 a; u64 b; u8 c; };
struct s3 { u16 a; u8 b; };
struct s4 { u32 a; u8 b[3]; };
struct s5 { u8 a; struct s3 s; u64 z; };
struct s6 { u8 a[7]; u16 b; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = 0;
	r = r * 32 + sizeof(struct s1);
	r = r * 32 + sizeof(struct s2);
	r = r * 32 + sizeof(struct s3);
	r = r * 32 + sizeof(struct s4);
	r = r * 32 + sizeof(struct s5);
	r = r * 32 + sizeof(struct s6);
	r = r * 32 + __builtin_offsetof(struct s2, c);
	r = r * 32 + __builtin_offsetof(struct s5, s.b);
	r = r * 32 + __builtin_offsetof(struct s5, z);
	r = r * 32 + __builtin_offsetof(struct s6, b);
	return r ^ (a & 1);
}
