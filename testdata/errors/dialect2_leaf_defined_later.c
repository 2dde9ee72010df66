// A map's leaf struct defined after the map: BCC (clang) rejects it
// (DIALECT §2.1, test_incomplete_type); cc/v4 used to panic on it.
BPF_HASH(h, u32, struct key_t);	// ERROR "map h: unknown type 'struct key_t' for the leaf"
struct key_t { char comm[16]; };
TRACEPOINT_PROBE(sched, sched_process_fork)
{
	struct key_t k = {};
	u32 pid = args->child_pid;
	h.update(&pid, &k);
	return 0;
}
