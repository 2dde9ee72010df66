// Two lookups, but the NULL check tests the first pointer while the
// second one is dereferenced.
// kernel: R1 invalid mem access 'map_value_or_null'
struct stats {
	u64 calls;
	u64 bytes;
};
BPF_HASH(seen, u32, u64);
BPF_HASH(stats_by_pid, u32, struct stats);

TRACEPOINT_PROBE(syscalls, sys_enter_write)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	u64 *first = seen.lookup(&pid);
	struct stats *s = stats_by_pid.lookup(&pid);
	if (!first)
		return 0;
	s->bytes += args->count; // want "may be NULL"
	return 0;
}
