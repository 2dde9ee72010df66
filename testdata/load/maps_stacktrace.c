// Stack trace maps: BPF_STACK_TRACE (max_entries rounded up to a power of
// 2), BPF_STACK_TRACE_BUILDID, BPF_TABLE("stacktrace", ...); get_stackid.
BPF_STACK_TRACE(stacks, 1000);
BPF_STACK_TRACE_BUILDID(build_ids, 16);
BPF_TABLE("stacktrace", int, struct bpf_stacktrace, stacks2, 64);
BPF_HASH(counts, int, u64);

int kprobe__do_sys_openat2(struct pt_regs *ctx)
{
	int kid = stacks.get_stackid(ctx, 0);
	int uid = stacks.get_stackid(ctx, BPF_F_USER_STACK);
	int bid = build_ids.get_stackid(ctx, BPF_F_USER_STACK);
	int id2 = stacks2.get_stackid(ctx, BPF_F_FAST_STACK_CMP | BPF_F_REUSE_STACKID);
	if (kid >= 0)
		counts.increment(kid);
	if (uid >= 0)
		counts.increment(uid);
	if (bid >= 0 && id2 >= 0)
		counts.increment(bid + id2);
	return 0;
}
