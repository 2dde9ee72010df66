/* goto backward forming a bounded loop. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u32 i = 0;
	u64 acc = a;
again:
	acc = (acc ^ (acc >> 7)) * 0x2545f4914f6cdd1dull;
	i++;
	if (i < 10 && (acc & 0xff) != (b & 0xff))
		goto again;
	return acc ^ i;
}
