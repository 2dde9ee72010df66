// Extra probe parameters are bound by name (DIALECT §4).
int syscall__openat(struct pt_regs *ctx, int dfd,
	const char *)	// ERROR "arguments to BPF program definition must be named"
{
	return dfd;
}
