// @prog f=XDP
struct outer { int a; struct inner in[2]; };	// ERROR "field 'in' has incomplete type 'struct inner'"
struct inner { int b; };
int f(void *ctx)
{
	return 0;
}
