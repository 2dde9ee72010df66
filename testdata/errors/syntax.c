// @prog f=XDP
int f(void *ctx)
{
	int x = 1 +;	// ERROR "unexpected"
	return x;
}
