/* Explicit and implicit enumerator values, used as constants and array bounds. */
enum proto { P_ICMP = 1, P_TCP = 6, P_UDP = 17, P_NEXT, P_RAW = 255, P_MASK = P_RAW & 0xf0 };
enum { SLOTS = 4, SLOT_SHIFT = 3, SLOT_BYTES = SLOTS << SLOT_SHIFT };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 p = (u8)a;
	u64 r = 0;
	if (p == P_TCP)
		r = 1;
	else if (p == P_UDP || p == P_NEXT)
		r = 2;
	else if (p == P_ICMP)
		r = 3;
	else if ((p & P_MASK) == P_MASK)
		r = 4;
	u32 slots[SLOTS] = { 1, 2, 3, 4 };
	return r | (u64)P_NEXT << 8 | (u64)SLOT_BYTES << 16 | (u64)slots[b & (SLOTS - 1)] << 24 |
	       sizeof(slots) << 32;
}
