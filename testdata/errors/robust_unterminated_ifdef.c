// @prog f=XDP
int f(void *ctx) { return 0; }
#ifdef __BCC__
int x;	// ERROR "expected #endif"
