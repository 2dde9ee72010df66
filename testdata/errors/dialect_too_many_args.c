// BCC binds only the six register arguments of a probe (DIALECT §4).
int kprobe__do_sys_openat2(struct pt_regs *ctx, int a, int b, int c, int d, int e, int f,
	int g)	// ERROR "too many arguments, bcc only supports in-register parameters"
{
	return a + g;
}
