/* An array of structs: indexing, member update and a search. */
struct entry { u32 key; u16 val; u8 used; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct entry tab[8];
	for (int i = 0; i < 8; i++) {
		tab[i].key = (u32)(a >> (i * 4)) & 0xf;
		tab[i].val = (u16)(i * 1000 + (b & 0xff));
		tab[i].used = i & 1;
	}
	tab[c & 7].used = 1;
	tab[d & 7].val ^= 0x5555;
	u32 want = (u32)c & 0xf;
	int found = -1;
	for (int i = 0; i < 8; i++) {
		if (tab[i].used && tab[i].key == want) {
			found = i;
			break;
		}
	}
	u64 sum = 0;
	for (int i = 0; i < 8; i++)
		sum += tab[i].used ? tab[i].val : 0;
	return (u64)(s64)found ^ sum << 8 ^ sizeof(tab) << 40;
}
