// The address of a field of the map value is computed before the NULL
// check, which then tests the field pointer instead of the lookup result.
// kernel: R1 pointer arithmetic on map_value_or_null prohibited, null-check it first
struct st {
	u64 opens;
	u64 fails;
};
BPF_HASH(stats, u32, struct st);

int kretprobe__do_sys_openat2(struct pt_regs *ctx)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	u64 *fails = &stats.lookup(&pid)->fails; // want "pointer arithmetic"
	if (!fails)
		return 0;
	if ((long)PT_REGS_RC(ctx) < 0)
		lock_xadd(fails, 1);
	return 0;
}
