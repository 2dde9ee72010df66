// @prog f=XDP
int f(void *ctx)	// ERROR "uses 6.. bytes of stack, more than the BPF limit of 512"
{
	char big[600];
	__builtin_memset(big, 1, sizeof(big));
	return big[3];
}
