// A cgroup device filter returns the map value itself, which can be any
// number, instead of 0 or 1.
// @prog dev_filter=CGROUP_DEVICE
// kernel: At program exit the register R0 has smin=-2147483648 smax=2147483647 should have been in [0, 1]
BPF_HASH(allowed_major, u32, u32, 64);

int dev_filter(struct bpf_cgroup_dev_ctx *ctx)
{
	u32 major = ctx->major;
	u32 *ok = allowed_major.lookup(&major);
	if (!ok)
		return 0;
	return *ok; // want "return value"
}
