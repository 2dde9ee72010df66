// The early return on a filtered pid leaks the ring buffer reservation:
// every path must submit or discard it.
// kernel: BPF_EXIT instruction in main prog would lead to reference leak
struct event {
	u32 pid;
	u64 ts;
};
BPF_RINGBUF_OUTPUT(events, 8);

TRACEPOINT_PROBE(syscalls, sys_enter_kill)
{
	struct event *e = events.ringbuf_reserve(sizeof(*e));
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	if (e->pid == 1)
		return 1; // want "not released"
	e->ts = bpf_ktime_get_ns();
	events.ringbuf_submit(e, 0);
	return 0;
}
