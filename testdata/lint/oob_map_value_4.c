// The map value holds 16 bytes of name, but the probe read copies 64 bytes
// into it.
// kernel: invalid access to map value, value_size=16 off=0 size=64
struct rec {
	char name[16];
};
BPF_HASH(names, u32, struct rec, 1024);

int kprobe__do_sys_openat2(struct pt_regs *ctx)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	struct rec zero = {};
	struct rec *r = names.lookup_or_try_init(&pid, &zero);
	if (!r)
		return 0;
	const char *fname = (const char *)PT_REGS_PARM2(ctx);
	bpf_probe_read_user_str(r->name, 64, fname); // want "out of bounds"
	return 0;
}
