// struct bpf_raw_tracepoint_args holds at most 12 arguments; args[12] is
// past the end of the raw tracepoint context.
// kernel: invalid bpf_context access off=96 size=8
BPF_HASH(last, u32, u64);

RAW_TRACEPOINT_PROBE(sys_enter)
{
	u32 k = 0;
	u64 extra = ctx->args[12]; // want "context"
	last.update(&k, &extra);
	return 0;
}
