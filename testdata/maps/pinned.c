// BPF_TABLE_PINNED (with and without flags), BPF_QUEUESTACK_PINNED and a
// pinned BPF_XSKMAP: pinned by name in the loader's pin directory.
// @prog pinned=XDP
BPF_TABLE_PINNED("hash", u32, u64, bccc_pin_hash, 16, "/sys/fs/bpf/ignored/bccc_pin_hash");
BPF_TABLE_PINNED("hash", u32, u64, bccc_pin_hashf, 16, "/sys/fs/bpf/ignored/x", BPF_F_NO_PREALLOC);
BPF_QUEUESTACK_PINNED("queue", bccc_pin_queue, u32, 4, 0, "/sys/fs/bpf/ignored/q");
BPF_XSKMAP(bccc_pin_xsk, 4, "/sys/fs/bpf/ignored/xsk");
BPF_TABLE("hash", u32, u64, bccc_unpinned, 4);

int pinned(struct xdp_md *ctx)
{
	u32 k = 1;
	bccc_pin_hash.increment(k);
	bccc_pin_hashf.increment(k, 2);
	bccc_pin_queue.push(&k, 0);
	bccc_unpinned.increment(k);
	return bccc_pin_xsk.redirect_map(0, XDP_PASS);
}
