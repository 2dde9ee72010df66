// @prog f=XDP
int f(void *ctx) { return 0; }
/* never closed	// ERROR "comment|unterminated|unexpected"
