// @prog f=XDP
int counter;
int f(void *ctx)
{
	return counter;	// ERROR "global variable counter is not supported"
}
