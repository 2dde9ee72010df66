// Off-by-one bound: slot index 16 passes the check (> instead of >=) and
// lands right past the end of the 16-entry array in the map value.
// kernel: invalid access to map value, value_size=128 off=128 size=8
struct buckets {
	u64 slot[16];
};
BPF_HASH(dist, u32, struct buckets, 64);

int kprobe__vfs_read(struct pt_regs *ctx)
{
	u32 key = 0;
	u64 len = PT_REGS_PARM3(ctx);
	u32 b = bpf_log2l(len);
	if (b > 16)
		return 0;
	struct buckets *d = dist.lookup(&key);
	if (!d)
		return 0;
	d->slot[b] += 1; // want "out of bounds"
	return 0;
}
