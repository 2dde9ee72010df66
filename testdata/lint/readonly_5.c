// bpf_get_current_comm writes into a value of a BPF_F_RDONLY_PROG map.
// @prog on_exec=TRACEPOINT:sched:sched_process_exec
// kernel: write into map forbidden, value_size=16 off=0 size=16
struct last_exec {
	char comm[16];
};
BPF_F_TABLE("array", int, struct last_exec, last, 1, BPF_F_RDONLY_PROG);

int on_exec(void *ctx)
{
	int zero = 0;
	struct last_exec *l = last.lookup(&zero);
	if (!l)
		return 0;
	bpf_get_current_comm(l->comm, sizeof(l->comm)); // want "read-only"
	return 0;
}
