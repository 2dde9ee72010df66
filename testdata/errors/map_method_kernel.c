// BPF_TABLE gives every type BCC's table set; the kernel does not allow
// lookup on a program array.
// @prog f=XDP
BPF_TABLE("prog", u32, u32, jumps, 4);
int f(void *ctx)
{
	u32 k = 0;
	return jumps.lookup(&k) != 0;	// ERROR "lookup is not available on prog maps"
}
