/* u8 + u8 is computed in int: the carry survives until it is stored. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 x = a, y = b;
	u32 wide = x + y;		/* up to 510 */
	u8 narrow = x + y;
	int over = (x + y) > 255;	/* true when the u8 sum would wrap */
	int avg = (x + y) / 2;		/* no overflow thanks to promotion */
	return (u64)wide | (u64)narrow << 16 | (u64)over << 24 | (u64)avg << 32;
}
