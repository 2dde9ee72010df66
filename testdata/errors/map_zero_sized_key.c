// @prog f=XDP
struct empty {};
BPF_HASH(m, struct empty, u64);	// ERROR "invalid zero-sized key"
int f(void *ctx)
{
	return 0;
}
