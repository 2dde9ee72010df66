// @prog f=XDP
int f(void *ctx)
{
	double d = 1.5;	// ERROR "floating point is not supported"
	return (int)d;
}
