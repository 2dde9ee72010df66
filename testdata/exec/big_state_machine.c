/* A tokenizer state machine over 16 input bytes: counts numbers, words and
 * operators, and accumulates the value of the numbers. */
enum st { S_IDLE, S_NUM, S_WORD, S_ERR };

static inline int cls(u8 ch)
{
	if (ch >= '0' && ch <= '9')
		return 0;
	if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')
		return 1;
	if (ch == ' ' || ch == ',')
		return 2;
	if (ch == '+' || ch == '-' || ch == '*')
		return 3;
	return 4;
}

/* Each input nibble selects a character from this small alphabet. */
static const char alpha[16] = { '1', '2', '9', '0', 'a', 'Z', 'q', ' ',
				',', '+', '-', '*', '7', 'x', '#', ' ' };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 s[16];
	for (int i = 0; i < 16; i++)
		s[i] = (u8)alpha[(i < 8 ? a >> (i * 4) : b >> ((i - 8) * 4)) & 15];
	enum st state = S_IDLE;
	u32 nums = 0, words = 0, ops = 0, errs = 0;
	u64 cur = 0, total = 0;
	for (int i = 0; i < 16; i++) {
		int k = cls(s[i]);
		switch (state) {
		case S_NUM:
			if (k == 0) {
				cur = cur * 10 + (s[i] - '0');
				continue;
			}
			total += cur;
			nums++;
			break;
		case S_WORD:
			if (k == 0 || k == 1)
				continue;
			words++;
			break;
		case S_ERR:
			if (k != 2)
				continue;
			state = S_IDLE;
			continue;
		default:
			break;
		}
		/* Start of a token (or separator) from the idle state. */
		if (k == 0) {
			state = S_NUM;
			cur = s[i] - '0';
		} else if (k == 1) {
			state = S_WORD;
		} else if (k == 3) {
			ops++;
			state = S_IDLE;
		} else if (k == 4) {
			errs++;
			state = S_ERR;
		} else {
			state = S_IDLE;
		}
	}
	if (state == S_NUM) {
		total += cur;
		nums++;
	} else if (state == S_WORD) {
		words++;
	}
	return total ^ (u64)nums << 40 ^ (u64)words << 46 ^ (u64)ops << 52 ^ (u64)errs << 58 ^ (u64)state << 62;
}
