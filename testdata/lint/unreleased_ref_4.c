// When the probe read of the file name fails, the function returns without
// discarding the reservation.
// kernel: BPF_EXIT instruction in main prog would lead to reference leak
struct open_ev {
	u32 pid;
	char name[64];
};
BPF_RINGBUF_OUTPUT(opens, 16);

int kprobe__do_sys_openat2(struct pt_regs *ctx)
{
	struct open_ev *e = opens.ringbuf_reserve(sizeof(struct open_ev));
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	if (bpf_probe_read_user_str(e->name, sizeof(e->name), (void *)PT_REGS_PARM2(ctx)) < 0)
		return -1; // want "not released"
	opens.ringbuf_submit(e, 0);
	return 0;
}
