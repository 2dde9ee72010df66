/* Enumerators count up from 0; an enum variable holds any of them. */
enum color { RED, GREEN, BLUE, NCOLORS };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	enum color col = (enum color)(a % NCOLORS);
	u64 r;
	switch (col) {
	case RED: r = 0xff0000; break;
	case GREEN: r = 0x00ff00; break;
	case BLUE: r = 0x0000ff; break;
	default: r = 0; break;
	}
	enum color next = (enum color)((col + 1) % NCOLORS);
	return r | (u64)next << 32 | (u64)NCOLORS << 40 | (u64)(BLUE - RED) << 48;
}
