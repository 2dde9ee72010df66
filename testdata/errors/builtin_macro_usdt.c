// BCC: bpf_usdt_readarg and bpf_usdt_readarg_p may not come from the
// user's macros. The first lines are what bcc.USDT.CText writes for a
// probe with one argument, enabled on function trace_entry.
// @prog trace_entry=UPROBE:/bin/true:main
static __always_inline int _bpf_usdt_readarg_trace_entry_1(struct pt_regs *ctx, void *dest, u64 len)
{
	u64 v = ctx->di;
	*(u64 *)dest = v;
	return 0;
}
#define bpf_usdt_readarg_trace_entry(n, ctx, dest) _bpf_usdt_readarg_trace_entry_##n(ctx, dest, sizeof(*(dest)))
#define bpf_usdt_readarg_p_trace_entry(n, ctx, buf, len) ({ u64 __p = 0; _bpf_usdt_readarg_trace_entry_##n(ctx, &__p, 8) ? -1 : bpf_probe_read_user(buf, len, (void *)__p); })
#define bpf_usdt_readarg(n, ctx, dest) bpf_usdt_readarg_trace_entry(n, ctx, dest)
#define bpf_usdt_readarg_p(n, ctx, buf, len) bpf_usdt_readarg_p_trace_entry(n, ctx, buf, len)

#define READ_ARG(v) bpf_usdt_readarg(1, ctx, &v)
#define READ_STR(b) bpf_usdt_readarg_p(1, ctx, b, sizeof(b))
int trace_entry(struct pt_regs *ctx)
{
	u64 a = 0, b = 0, c = 0;
	char buf[16];
	bpf_usdt_readarg(1, ctx, &a);
	bpf_usdt_readarg_trace_entry(1, ctx, &b);
	_bpf_usdt_readarg_trace_entry_1(ctx, &c, 8);
	bpf_usdt_readarg_p(1, ctx, buf, sizeof(buf));
	READ_ARG(a); // ERROR "cannot use builtin inside a macro"
	return a + b + c;
}
