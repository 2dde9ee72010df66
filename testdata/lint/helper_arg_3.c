// NULL passed where the helper needs a buffer: bpf_get_current_comm
// writes the name into its first argument.
// kernel: R1 type=scalar expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
BPF_HASH(calls, u32, u64);

int kprobe__do_exit(struct pt_regs *ctx)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	bpf_get_current_comm(0, 16); // want "argument"
	calls.increment(pid);
	return 0;
}
