/* A static const array of structs: a lookup table searched by key. */
struct rule { u16 port; u8 proto; u8 action; u32 mark; };
static const struct rule rules[6] = {
	{ 80, 6, 1, 0x100 },
	{ 443, 6, 1, 0x200 },
	{ 53, 17, 2, 0x300 },
	{ 123, 17, 0, 0x400 },
	{ 22, 6, 3, 0x500 },
	{ 0, 0, 9, 0 },
};

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u16 port = (u16)(a % 500);
	u8 proto = (b & 1) ? 6 : 17;
	int hit = 5;
	for (int i = 0; i < 5; i++) {
		if (rules[i].port == port && rules[i].proto == proto) {
			hit = i;
			break;
		}
	}
	const struct rule *r = &rules[hit];
	const struct rule *any = &rules[(c & 3) + ((c >> 2) & 1)];
	return (u64)r->action | (u64)r->mark << 8 | (u64)hit << 40 | (u64)any->port << 48;
}
