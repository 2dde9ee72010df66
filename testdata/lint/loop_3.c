// Summing the first N syscall arguments with N taken from the syscall
// number: the raw tracepoint arg is an unbounded loop bound.
// kernel: The sequence of 8193 jumps is too complex.
BPF_HASH(sums, u64, u64, 512);

RAW_TRACEPOINT_PROBE(sys_enter)
{
	u64 nr = ctx->args[1];
	u64 acc = 0;
	for (u64 i = 0; i < nr; i++) // want "loop|too complex"
		acc += i ^ nr;
	sums.update(&nr, &acc);
	return 0;
}
