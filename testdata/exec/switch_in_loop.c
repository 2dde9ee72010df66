/* switch inside a loop: break exits the switch, continue the iteration. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 acc = 0;
	for (u32 i = 0; i < 16; i++) {
		u32 op = a >> (i * 4) & 0xf;
		switch (op) {
		case 0:
			continue;
		case 1:
			acc += b;
			break;
		case 2:
			acc ^= c;
			break;
		case 3:
			acc = acc << 1 | acc >> 63;
			break;
		case 4:
		case 5:
			acc *= 3;
			break;
		case 15:
			i = 16;		/* ends the loop */
			break;
		default:
			acc += op;
		}
		acc += i;
	}
	return acc;
}
