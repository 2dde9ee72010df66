// @prog f=XDP
int f(void *ctx) { return 0; }
#else	// ERROR "unexpected #else"
#endif
