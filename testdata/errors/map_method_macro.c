// BCC: a map method called from a macro expansion is an error; macros in
// the arguments are fine.
BPF_HASH(counts, u32, u64);
#define COUNT(k) counts.increment(k)
#define KEY 7
int kprobe__do_nanosleep(struct pt_regs *ctx)
{
	counts.increment(KEY);
	COUNT(1); // ERROR "cannot use map function inside a macro"
	return 0;
}
