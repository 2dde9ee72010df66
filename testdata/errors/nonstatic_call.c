// @prog f=XDP
int helper(int x) { return x + 1; }
int f(void *ctx)
{
	return helper(2);	// ERROR "cannot call non-static helper function helper"
}
