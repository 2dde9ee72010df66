// BCC: builtins (bpf_trace_printk here) may not come from the user's macro
// expansions; macros in the arguments are fine.
#define LOG(x) bpf_trace_printk("%d\n", x)
#define VAL 3
int kprobe__do_nanosleep(struct pt_regs *ctx)
{
	bpf_trace_printk("%d\n", VAL);
	LOG(1); // ERROR "cannot use builtin inside a macro"
	return 0;
}
