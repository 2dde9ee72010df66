// BPF_TABLE_PUBLIC / BPF_TABLE_SHARED (with and without flags) and the
// QUEUESTACK_ versions are ordinary maps in the object.
// @prog pub=XDP
BPF_TABLE_PUBLIC("hash", u32, u64, pub_hash, 16);
BPF_TABLE_PUBLIC("hash", u32, u64, pub_hash_f, 16, BPF_F_NO_PREALLOC);
BPF_TABLE_SHARED("array", int, u64, shared_array, 16);
BPF_TABLE_SHARED("hash", u32, u64, shared_hash_f, 16, BPF_F_NO_PREALLOC);
BPF_QUEUESTACK_PUBLIC("queue", pub_queue, u32, 8, 0);
BPF_QUEUESTACK_SHARED("stack", shared_stack, u32, 8, 0);

int pub(struct xdp_md *ctx)
{
	u32 k = 1;
	u64 v = 2;
	pub_hash.update(&k, &v);
	pub_hash_f.increment(k);
	shared_array.increment(1);
	shared_hash_f.insert(&k, &v);
	pub_queue.push(&k, 0);
	shared_stack.push(&k, 0);
	return XDP_PASS;
}
