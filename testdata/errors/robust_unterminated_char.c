// @prog f=XDP
int f(void *ctx) { return 0; }
int c = 'a;	// ERROR "character constant not terminated"
