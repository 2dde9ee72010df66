/* typedefs of scalars, structs, arrays and pointers. */
typedef u32 word_t;
typedef word_t reg_t;
typedef struct { reg_t r[4]; } regs_t;
typedef u8 mac_t[6];
typedef regs_t *regs_ptr;

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	regs_t regs = { { (reg_t)a, (reg_t)b, (reg_t)c, (reg_t)d } };
	regs_ptr p = &regs;
	mac_t mac = { 1, 2, 3, 4, 5, 6 };
	mac[(a & 3) + ((a >> 2) & 1)] = (u8)b;	/* index 0..4 */
	u64 m = 0;
	for (int i = 0; i < 6; i++)
		m = m << 8 | mac[i];
	word_t w = p->r[0] + p->r[3];
	return m ^ (u64)w << 16 ^ sizeof(mac_t) << 56 ^ sizeof(regs_t) << 60;
}
