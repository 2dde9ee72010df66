// A tracepoint context is read-only: clearing a syscall argument in
// args is an invalid ctx access.
// kernel: invalid bpf_context access off=32 size=8
TRACEPOINT_PROBE(syscalls, sys_enter_openat)
{
	if (args->flags & 0x40)
		args->flags = 0; // want "context"
	return 0;
}
