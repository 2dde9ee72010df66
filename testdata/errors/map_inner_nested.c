// @prog f=XDP
BPF_ARRAY(leaf, u64, 4);
BPF_ARRAY_OF_MAPS(mid, "leaf", 4);
BPF_HASH_OF_MAPS(top, "mid");	// ERROR "only one level"
int f(void *ctx)
{
	return 0;
}
