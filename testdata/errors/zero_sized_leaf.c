// @prog f=XDP
struct empty {};
BPF_HASH(m, u32, struct empty);	// ERROR "invalid zero-sized leaf"
int f(void *ctx)
{
	return 0;
}
