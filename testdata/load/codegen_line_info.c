// Every statement that emits instructions starts a line record at its own
// line, also when it calls a header function (bpf_log2l is inlined from the
// bundled helpers) or an inlined static function: before, their
// instructions carried the callee's position and the verifier and the lint
// blamed the previous line. codegen_regress_test.go checks the records.
BPF_HISTOGRAM(dist);

static inline u64 twice(u64 x)
{
	return x * 2;
}

int kprobe__vfs_read(struct pt_regs *ctx)
{
	u64 n = PT_REGS_PARM3(ctx);
	dist.increment(bpf_log2l(n));
	dist.increment(twice(n) & 63);
	return 0;
}
