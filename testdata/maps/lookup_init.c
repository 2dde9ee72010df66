// lookup_or_try_init yields NULL when the insert fails; lookup_or_init
// then returns 0 from the enclosing function: the program, or the static
// function the call is in (BCC's rewrite is textual).
// @prog init=XDP
BPF_ARRAY(cfg, u32, 2); // [0] key, [1] mode
BPF_HASH(m, u32, u64, 1);

static int bump(u32 k)
{
	u64 init = 100;
	u64 *p = m.lookup_or_init(&k, &init);
	*p += 1;
	return 7;
}

int init(struct xdp_md *ctx)
{
	int i = 0;
	u32 *kp = cfg.lookup(&i);
	i = 1;
	u32 *mode = cfg.lookup(&i);
	if (!kp || !mode)
		return 99;
	u32 k = *kp;
	u64 init = 100, *p;
	switch (*mode) {
	case 0:
		p = m.lookup_or_try_init(&k, &init);
		if (!p)
			return 3;
		*p += 1;
		return 2;
	case 1:
		p = m.lookup_or_init(&k, &init);
		*p += 1;
		return 2;
	default:
		return bump(k) == 0 ? 1 : 4;
	}
}
