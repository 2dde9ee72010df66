// @prog f=XDP
int f(void *ctx) { return 0; }
char *s = "never closed;	// ERROR "string literal not terminated"
