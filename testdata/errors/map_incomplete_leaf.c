// @prog f=XDP
struct nosuch;
BPF_HASH(m, u32, struct nosuch);	// ERROR "incomplete|unknown type"
int f(void *ctx)
{
	return 0;
}
