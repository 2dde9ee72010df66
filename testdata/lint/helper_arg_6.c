// ringbuf_submit only accepts memory returned by ringbuf_reserve; here the
// event was built on the stack (ringbuf_output would copy it).
// kernel: R1 type=fp expected=ringbuf_mem
struct event {
	u32 pid;
	u32 sig;
};
BPF_RINGBUF_OUTPUT(events, 4);

TRACEPOINT_PROBE(signal, signal_generate)
{
	struct event e = {};
	e.pid = args->pid;
	e.sig = args->sig;
	events.ringbuf_submit(&e, 0); // want "argument"
	return 0;
}
