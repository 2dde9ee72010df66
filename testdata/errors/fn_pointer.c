// @prog f=XDP
static int one(void) { return 1; }
int f(void *ctx)
{
	int (*fp)(void) = one;	// ERROR "function pointers are not supported"
	return fp();
}
