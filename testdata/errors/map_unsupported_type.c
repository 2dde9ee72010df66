// @prog f=XDP
BPF_TABLE("hashmap", u32, u64, m, 16);	// ERROR "unsupported map type: maps/hashmap"
int f(void *ctx)
{
	return 0;
}
