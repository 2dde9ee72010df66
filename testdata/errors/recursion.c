// @prog f=XDP
static int fact(int n)
{
	return n <= 1 ? 1 : n * fact(n - 1);	// ERROR "recursive call to fact"
}
int f(void *ctx)
{
	return fact(5);
}
