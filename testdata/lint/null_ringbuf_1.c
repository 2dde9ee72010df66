// The ring buffer reservation can fail; the event is filled without a check.
// kernel: R6 invalid mem access 'ringbuf_mem_or_null'
struct event {
	u32 pid;
	u32 uid;
	u64 ts;
};
BPF_RINGBUF_OUTPUT(events, 8);

TRACEPOINT_PROBE(syscalls, sys_enter_execve)
{
	struct event *e = events.ringbuf_reserve(sizeof(struct event));
	e->pid = bpf_get_current_pid_tgid() >> 32; // want "may be NULL"
	e->uid = (u32)bpf_get_current_uid_gid();
	e->ts = bpf_ktime_get_ns();
	events.ringbuf_submit(e, 0);
	return 0;
}
