// @prog f=XDP
BPF_TABLE("hash", int, struct bpf_stacktrace, m, 16);
int f(void *ctx)
{
	return m.get_stackid(ctx, 0);	// ERROR "get_stackid only available on stacktrace maps"
}
