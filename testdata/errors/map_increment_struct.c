// @prog f=XDP
struct pair {
	u64 a, b;
};
BPF_HASH(m, u32, struct pair);
int f(void *ctx)
{
	m.increment(1);	// ERROR "leaf type .* is not an integer"
	return 0;
}
