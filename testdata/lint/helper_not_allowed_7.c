// bpf_override_return needs a kprobe on a function marked for error
// injection; used from a tracepoint it is not available at all.
// kernel: program of this type cannot use helper bpf_override_return#58
TRACEPOINT_PROBE(syscalls, sys_enter_unlinkat)
{
	if (bpf_get_current_pid_tgid() >> 32 == 1)
		bpf_override_return((void *)args, -1); // want "not allowed"
	return 0;
}
