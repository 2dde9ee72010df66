/* Sequencing: && || ?: and , evaluate left to right, with side effects in order. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 log = 0;
	u32 i = 0;
	(void)((log = log * 10 + 1, a & 1) && (log = log * 10 + 2, b & 1));
	(void)((log = log * 10 + 3, c & 1) || (log = log * 10 + 4, d & 1));
	i = (a & 2) ? (log = log * 10 + 5, 1u) : (log = log * 10 + 6, 2u);
	i += (log % 7, log % 3);
	return log * 4 + i;
}
