// @prog f=XDP
int f(void *ctx) { return 0; }
#endif	// ERROR "unexpected #endif"
