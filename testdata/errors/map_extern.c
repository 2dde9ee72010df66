// @prog f=XDP
BPF_TABLE("extern", u32, u64, other, 16);	// ERROR "reference to undefined table"
int f(void *ctx)
{
	return 0;
}
