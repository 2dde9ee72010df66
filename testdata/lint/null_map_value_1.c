// A kprobe counts calls per process but increments the map value without
// checking that the lookup found an entry.
// kernel: R1 invalid mem access 'map_value_or_null'
BPF_HASH(counts, u32, u64);

int kprobe__do_sys_openat2(struct pt_regs *ctx)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	u64 *v = counts.lookup(&pid);
	(*v)++; // want "may be NULL"
	return 0;
}
