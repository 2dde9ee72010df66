// @prog f=XDP
BPF_ARRAY_OF_MAPS(outer, "inner", 4);	// ERROR "inner map inner is not declared"
int f(void *ctx)
{
	return 0;
}
