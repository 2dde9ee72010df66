// The config map is created with BPF_F_RDONLY_PROG (read-only for BPF
// programs), but the program updates its value in place.
// kernel: write into map forbidden, value_size=16 off=0 size=8
struct cfg {
	u64 calls;
	u32 enabled;
};
BPF_F_TABLE("array", int, struct cfg, config, 1, BPF_F_RDONLY_PROG);

int kprobe__do_sys_openat2(struct pt_regs *ctx)
{
	int zero = 0;
	struct cfg *c = config.lookup(&zero);
	if (!c || !c->enabled)
		return 0;
	c->calls++; // want "read-only"
	return 0;
}
