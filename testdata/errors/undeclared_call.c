// @prog f=XDP
int f(void *ctx)
{
	return nosuch(1);	// ERROR "undeclared function nosuch|implicit declaration of function nosuch"
}
