// BCC: bpf_num_cpus() in the body of a function-like macro, through
// another macro, is inside a macro; in a static function too.
#define NCPUS() bpf_num_cpus()
#define PER_CPU(x) ((x) / NCPUS())
static __always_inline u64 share(u64 total)
{
	return PER_CPU(total); // ERROR "cannot use builtin inside a macro"
}
TRACEPOINT_PROBE(syscalls, sys_enter_getpid)
{
	bpf_trace_printk("%llu\n", share(bpf_num_cpus() * 100));
	return 0;
}
