// @prog f=XDP
int f(void *ctx) { return 0; }
#if 1
int x;	// ERROR "expected #endif"
