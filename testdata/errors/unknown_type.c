// @prog f=XDP
int f(void *ctx)
{
	struct nosuch *p = 0;
	return p->x;	// ERROR "no member|incomplete|nosuch"
}
