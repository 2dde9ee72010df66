// @prog f=XDP
BPF_HASH(counts, u32, u64);
int f(void *ctx)
{
	u32 k = 0;
	counts.lookup_or_init(&k);	// ERROR "wrong number of arguments"
	return 0;
}
