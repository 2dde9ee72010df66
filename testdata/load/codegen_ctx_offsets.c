// Constant offsets into the context fold into the load or store: the
// verifier takes a context access only as *(size *)(ctx + const) with the
// context register unmodified. Array members of the context, read by index
// and by memcpy: __sk_buff.cb, a tracepoint's args, raw tracepoint args.
// codegen_regress_test.go runs cb_read and raw_args on a known context.
// @prog cb_read=SOCKET_FILTER
BPF_ARRAY(cb_out, u64, 4);

/* Inlined with a constant i, the offset is a constant too. */
static inline u32 cb_at(struct __sk_buff *s, int i)
{
	return s->cb[i];
}

int cb_read(struct __sk_buff *skb)
{
	u32 pair[2];
	int k = 0;
	u64 v = skb->cb[1];
	cb_out.update(&k, &v);
	__builtin_memcpy(pair, &skb->cb[2], sizeof(pair));
	k = 1;
	v = (u64)pair[0] << 32 | pair[1];
	cb_out.update(&k, &v);
	skb->cb[4] = skb->cb[0] + 1;
	k = 2;
	v = skb->cb[4];
	cb_out.update(&k, &v);
	k = 3;
	v = cb_at(skb, 3);
	cb_out.update(&k, &v);
	return skb->cb[0];
}

BPF_ARRAY(tp_out, u32, 2);

TRACEPOINT_PROBE(sock, inet_sock_set_state)
{
	u32 k = 0, v = args->saddr[1];
	tp_out.update(&k, &v);
	k = 1;
	__builtin_memcpy(&v, args->daddr, 4);
	tp_out.update(&k, &v);
	return 0;
}

BPF_ARRAY(raw_out, u64, 3);

RAW_TRACEPOINT_PROBE(sys_enter)
{
	u64 two[2];
	int k = 0;
	u64 v = ctx->args[1];
	raw_out.update(&k, &v);
	__builtin_memcpy(two, &ctx->args[2], sizeof(two));
	k = 1;
	raw_out.update(&k, &two[0]);
	k = 2;
	raw_out.update(&k, &two[1]);
	return 0;
}
