// @bench raw_tracepoint__sys_enter RAW_TRACEPOINT
// Count system calls by number from the raw sys_enter tracepoint
// (TP_PROTO(struct pt_regs *regs, long id): args[1] is the number).
#define MAX_SYSCALL_NR 512

BPF_ARRAY(calls_by_nr, u64, MAX_SYSCALL_NR);

RAW_TRACEPOINT_PROBE(sys_enter)
{
    u32 nr = (u32)ctx->args[1];
    if (nr >= MAX_SYSCALL_NR)
        return 0;
    u64 *slot = calls_by_nr.lookup(&nr);
    if (slot)
        lock_xadd(slot, 1);
    return 0;
}
