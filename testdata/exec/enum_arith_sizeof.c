/* Enum values in arithmetic and bit masks; sizeof an enum is 4. */
enum perm { PERM_R = 1 << 0, PERM_W = 1 << 1, PERM_X = 1 << 2, PERM_ALL = PERM_R | PERM_W | PERM_X };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 m = (u32)a & PERM_ALL;
	int can_w = (m & PERM_W) != 0;
	u32 cleared = m & ~PERM_X;
	enum perm p = PERM_W;
	u32 shifted = (u32)p << (b & 7);
	return (u64)m | (u64)can_w << 4 | (u64)cleared << 8 | (u64)shifted << 16 |
	       sizeof(enum perm) << 40 | sizeof(p) << 48;
}
