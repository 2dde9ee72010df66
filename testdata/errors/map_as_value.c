// @prog f=XDP
BPF_HASH(counts, u32, u64);
int f(void *ctx)
{
	void *p = &counts;	// ERROR "map counts can only be used through its methods"
	return p != 0;
}
