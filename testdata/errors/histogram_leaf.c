// @prog f=XDP
BPF_F_TABLE("histogram", int, u32, h, 64, 0);	// ERROR "histogram leaf type must be u64"
int f(void *ctx)
{
	return 0;
}
