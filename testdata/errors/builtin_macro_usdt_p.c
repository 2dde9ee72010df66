// BCC: bpf_usdt_readarg_p may not come from the user's macros.
// @prog trace_entry=UPROBE:/bin/true:main
static __always_inline int _bpf_usdt_readarg_trace_entry_1(struct pt_regs *ctx, void *dest, u64 len)
{
	u64 v = ctx->di;
	*(u64 *)dest = v;
	return 0;
}
#define bpf_usdt_readarg_p_trace_entry(n, ctx, buf, len) ({ u64 __p = 0; _bpf_usdt_readarg_trace_entry_##n(ctx, &__p, 8) ? -1 : bpf_probe_read_user(buf, len, (void *)__p); })
#define bpf_usdt_readarg_p(n, ctx, buf, len) bpf_usdt_readarg_p_trace_entry(n, ctx, buf, len)

#define READ_STR(b) bpf_usdt_readarg_p(1, ctx, b, sizeof(b))
int trace_entry(struct pt_regs *ctx)
{
	char buf[16];
	bpf_usdt_readarg_p(1, ctx, buf, sizeof(buf));
	READ_STR(buf); // ERROR "cannot use builtin inside a macro"
	return buf[0];
}
