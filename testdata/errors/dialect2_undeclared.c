// @prog f=XDP
int f(void *ctx)
{
	int y = 1;
	return y + x;	// ERROR "^use of undeclared identifier 'x'$"
}
