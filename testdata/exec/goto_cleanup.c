/* The goto-cleanup idiom: several failure paths share one exit. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 state = 0;
	int err = 0;
	state |= 1;
	if (a & 1) {
		err = -1;
		goto out;
	}
	state |= 2;
	if (b & 1) {
		err = -2;
		goto undo;
	}
	state |= 4;
	if (c & 1) {
		err = -3;
		goto undo;
	}
	state |= 8;
	goto out;
undo:
	state &= ~2ull;
out:
	return state | (u64)(s64)err << 8;
}
