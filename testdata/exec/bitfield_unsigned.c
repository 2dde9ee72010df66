/* Unsigned bitfields in a u32: layout from bit 0 upwards, values masked on store. */
struct flags {
	u32 a : 3;
	u32 b : 5;
	u32 c : 8;
	u32 d : 16;
};
union flags_raw { struct flags f; u32 raw; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	union flags_raw u;
	u.f.a = a;		/* keeps the low 3 bits */
	u.f.b = b;
	u.f.c = c;
	u.f.d = d;
	u64 r = u.raw;		/* every bit belongs to a field */
	union flags_raw v;
	v.raw = (u32)(a ^ b);
	r ^= (u64)v.f.a << 32 ^ (u64)v.f.b << 36 ^ (u64)v.f.c << 42 ^ (u64)v.f.d << 48;
	return r ^ sizeof(struct flags) << 60;
}
