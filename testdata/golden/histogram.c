// @bench tracepoint__syscalls__sys_exit_read TRACEPOINT
// Power-of-two histogram of the number of bytes returned by read(2).
BPF_HISTOGRAM(read_sizes);

TRACEPOINT_PROBE(syscalls, sys_exit_read)
{
    long got = args->ret;
    if (got <= 0)
        return 0;
    read_sizes.increment(bpf_log2l(got));
    return 0;
}
