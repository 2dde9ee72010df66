// The payload pointer is computed from the ring buffer reservation before
// checking that the reservation succeeded.
// kernel: R8 pointer arithmetic on ringbuf_mem_or_null prohibited, null-check it first
struct hdr {
	u32 pid;
	u32 len;
};
BPF_RINGBUF_OUTPUT(rb, 16);

TRACEPOINT_PROBE(syscalls, sys_enter_write)
{
	struct hdr *h = rb.ringbuf_reserve(sizeof(struct hdr) + 64);
	char *payload = (char *)(h + 1); // want "pointer arithmetic"
	if (!h)
		return 0;
	h->pid = bpf_get_current_pid_tgid() >> 32;
	h->len = args->count;
	bpf_probe_read_user(payload, 64, args->buf);
	rb.ringbuf_submit(h, 0);
	return 0;
}
