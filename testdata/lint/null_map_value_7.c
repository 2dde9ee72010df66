// The NULL check only covers one branch: on the other branch the
// possibly-NULL map value is passed to a helper as its destination.
// kernel: R1 type=map_value_or_null expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
struct name_buf {
	char comm[16];
};
BPF_HASH(scratch, u32, struct name_buf, 1024);
BPF_PERF_OUTPUT(out);

int kprobe__do_nanosleep(struct pt_regs *ctx)
{
	u64 id = bpf_get_current_pid_tgid();
	u32 tid = id;
	struct name_buf *b = scratch.lookup(&tid);
	if ((u32)id == 1 && !b)
		return 0;
	bpf_get_current_comm(b->comm, sizeof(b->comm)); // want "may be NULL"
	out.perf_submit(ctx, b, sizeof(*b));
	return 0;
}
