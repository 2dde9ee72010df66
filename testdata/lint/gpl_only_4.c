// get_stackid (bpf_get_stackid) is GPL-only in kprobes; this profiler's
// license is "Proprietary".
// kernel: cannot call GPL-restricted function from non-GPL compatible program
#define BPF_LICENSE Proprietary
BPF_STACK_TRACE(stacks, 1024);
BPF_HASH(counts, int, u64);

int kprobe__schedule(struct pt_regs *ctx)
{
	int id = stacks.get_stackid(ctx, 0); // want "GPL"
	if (id >= 0)
		counts.increment(id);
	return 0;
}
