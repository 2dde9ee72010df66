// @prog f=XDP
// The input ends inside a declarator: cc/v4 looped here forever (fuzzer).
int f(void *ctx) { return 0; }
int *	// ERROR "unexpected end of input"