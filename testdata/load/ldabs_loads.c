// BCC's load_byte/half/word/dword as LD_ABS (constant offset) and LD_IND
// (offset in a register), in a socket filter and a tc classifier
// (dialect_ldabs_test.go runs both on a known frame). ctl[0] is the base of
// the variable offsets, ctl[1] the offset of the last load: past the end of
// the packet it ends the program, which returns 0 before the last store.
// @prog filt=SOCKET_FILTER
// @prog cls=SCHED_CLS
BPF_ARRAY(ctl, u32, 2);
BPF_ARRAY(loads, u64, 11);

static __always_inline int run(struct __sk_buff *skb)
{
	int k = 0, z = 0, one = 1;
	u32 *base = ctl.lookup(&z), *last = ctl.lookup(&one);
	if (!base || !last)
		return 1;
	u32 b = *base, e = *last;
	u64 v;
	k = 0; v = load_byte(skb, 14); loads.update(&k, &v);
	k = 1; v = load_half(skb, 12); loads.update(&k, &v);
	k = 2; v = load_word(skb, 26); loads.update(&k, &v);
	k = 3; v = load_dword(skb, 6); loads.update(&k, &v);
	k = 4; v = load_byte(skb, b); loads.update(&k, &v);
	k = 5; v = load_half(skb, b + 1); loads.update(&k, &v);
	k = 6; v = load_word(skb, b + 3); loads.update(&k, &v);
	k = 7; v = load_dword(skb, b + 7); loads.update(&k, &v);
	/* a value kept across loads: R1–R5 do not survive them */
	k = 8; v = load_byte(skb, 0) + load_byte(skb, 1) * 3 + load_half(skb, b) * 5; loads.update(&k, &v);
	k = 9; v = 1; loads.update(&k, &v);
	if (e == 0xffffffff)
		v = load_byte(skb, 4000); /* constant offset past the end: LD_ABS ends the program */
	else
		v = load_word(skb, e);
	k = 10; loads.update(&k, &v);
	return skb->len;
}

int filt(struct __sk_buff *skb)
{
	return run(skb);
}

int cls(struct __sk_buff *skb)
{
	return run(skb);
}
